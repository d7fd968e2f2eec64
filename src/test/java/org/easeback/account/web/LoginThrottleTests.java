package org.easeback.account.web;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.easeback.account.config.RateLimits;
import org.easeback.support.Http;
import org.easeback.support.MutableClock;
import org.easeback.support.MutableClockConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failed sign-ins are limited per address and account, per account and per address, with
 * the default limits, on the running server. Addresses are set with X-Forwarded-For,
 * which Tomcat trusts from 127.0.0.1 when {@code server.forward-headers-strategy=native}
 * (as it must be set behind a reverse proxy in production); each test speaks from
 * addresses of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "server.forward-headers-strategy=native")
@Import(MutableClockConfiguration.class)
class LoginThrottleTests {

	private static final String PASSWORD = "a calm quiet river";

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	RateLimits limits;

	@Test
	void failuresAgainstOneAccountFromAnAddressDoNotBlockOtherAccountsFromThatAddress() {
		String a = newAccount();
		String b = newAccount();
		String c = newAccount();
		Http office = from("203.0.113.10");
		for (long i = 0; i < pairLimit(); i++) {
			assertThat(failed(signIn(office, a, "wrong password " + i))).as("guess %d", i + 1).isTrue();
		}
		assertThat(signIn(office, a, "one more guess").statusCode()).isEqualTo(429);

		assertThat(signedIn(signIn(office, b, PASSWORD))).as("B from the same office").isTrue();
		assertThat(signedIn(signIn(office, c, PASSWORD))).as("C from the same office").isTrue();
	}

	@Test
	void anAddressAndAccountPairIsBlockedAfterItsLimitWith429AndRetryAfter() {
		String email = newAccount();
		Http attacker = from("203.0.113.11");
		for (long i = 0; i < pairLimit(); i++) {
			assertThat(failed(signIn(attacker, email, "wrong password " + i))).isTrue();
		}

		HttpResponse<String> page = signIn(attacker, email, "wrong password again");

		assertThat(page.statusCode()).isEqualTo(429);
		assertThat(page.headers().firstValue("Retry-After").map(Long::parseLong)).hasValueSatisfying(
				s -> assertThat(s).isBetween(1L, this.limits.failedSignInsPerAddressAndAccount().per().toSeconds()));
		assertThat(page.body()).contains("Too many sign-in attempts").doesNotContain("<script");
		assertThat(signIn(attacker, email, PASSWORD).statusCode()).as("the right password is not even checked")
			.isEqualTo(429);
	}

	@Test
	void aClientAskingForJsonIsRefusedWithProblemJsonAndRetryAfter() {
		String email = newAccount();
		Http attacker = from("203.0.113.12");
		for (long i = 0; i < pairLimit(); i++) {
			signIn(attacker, email, "wrong password " + i);
		}
		attacker.get("/login", "text/html");

		HttpResponse<String> json = attacker.sendNoRedirect("POST", "/login", form(email, PASSWORD),
				"application/x-www-form-urlencoded", "application/json");

		assertThat(json.statusCode()).isEqualTo(429);
		assertThat(json.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(json.headers().firstValue("Retry-After")).isPresent();
		assertThat(json.body()).contains("\"status\":429", "retryAfterSeconds");
	}

	@Test
	void anAddressTryingManyAccountsIsBlockedAfterTheLargerBudget() {
		assertThat(this.limits.failedSignInsPerAddress().requests()).isGreaterThan(pairLimit());
		String colleague = newAccount();
		String newcomer = newAccount();
		Http office = from("203.0.113.13");
		assertThat(signedIn(signIn(office, colleague, PASSWORD))).isTrue();

		// two guesses at each of many accounts, each pair well under its own limit
		String run = UUID.randomUUID().toString();
		for (long i = 0; i < this.limits.failedSignInsPerAddress().requests(); i++) {
			String guessed = "someone-" + (i / 2) + "-" + run + "@example.org";
			assertThat(failed(signIn(office, guessed, "guess " + i))).as("guess %d", i + 1).isTrue();
		}

		HttpResponse<String> refused = signIn(office, newcomer, PASSWORD);
		assertThat(refused.statusCode()).as("an account never signed in to from here").isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(signedIn(signIn(office, colleague, PASSWORD)))
			.as("a colleague who signed in from here before is not locked out by someone else's guesses")
			.isTrue();
		assertThat(signedIn(signIn(from("198.51.100.13"), newcomer, PASSWORD))).as("the newcomer elsewhere").isTrue();
	}

	@Test
	void anAccountGuessedFromManyAddressesIsProtected() {
		assertThat(this.limits.failedSignInsPerAccount().requests()).isGreaterThan(pairLimit());
		String email = newAccount();
		assertThat(signedIn(signIn(from("192.0.2.15"), email, PASSWORD))).as("the user's home").isTrue();
		for (long i = 0; i < this.limits.failedSignInsPerAccount().requests(); i++) {
			assertThat(failed(signIn(from("203.0.113." + (100 + i)), email, "guess " + i))).as("guess %d", i + 1)
				.isTrue();
		}

		assertThat(signIn(from("203.0.113.99"), email, "one more guess").statusCode()).isEqualTo(429);
		HttpResponse<String> newAddress = signIn(from("198.51.100.15"), email, PASSWORD);
		assertThat(newAddress.statusCode()).as("the real user on a new address waits").isEqualTo(429);
		assertThat(signedIn(signIn(from("192.0.2.15"), email, PASSWORD)))
			.as("the real user at home is not locked out by someone else's guesses")
			.isTrue();

		// refused attempts did not extend the wait
		this.clock
			.advance(Duration.ofSeconds(Long.parseLong(newAddress.headers().firstValue("Retry-After").orElseThrow())));
		assertThat(signedIn(signIn(from("198.51.100.15"), email, PASSWORD))).isTrue();
	}

	@Test
	void failuresAreForgottenOnceTheirPeriodHasPassed() {
		String email = newAccount();
		Http user = from("198.51.100.40");
		for (int i = 0; i < pairLimit() - 1; i++) {
			signIn(user, email, "typo " + i);
		}
		this.clock.advance(this.limits.failedSignInsPerAddressAndAccount().per().plusMinutes(1));
		for (int i = 0; i < pairLimit() - 1; i++) {
			assertThat(failed(signIn(user, email, "typo again " + i))).isTrue();
		}
		assertThat(signedIn(signIn(user, email, PASSWORD))).isTrue();
	}

	private long pairLimit() {
		return this.limits.failedSignInsPerAddressAndAccount().requests();
	}

	private Http from(String address) {
		return new Http(this.port).withHeader("X-Forwarded-For", address);
	}

	private String newAccount() {
		String email = "throttle-" + UUID.randomUUID() + "@example.org";
		new Http(this.port).postForm("/register", "/register",
				Map.of("email", email, "password", PASSWORD, "role", "CLIENT"));
		return email;
	}

	private static String form(String email, String password) {
		return "email=" + email.replace("@", "%40") + "&password=" + password.replace(" ", "+");
	}

	private static HttpResponse<String> signIn(Http http, String email, String password) {
		return http.postFormNoRedirect("/login", "/login", form(email, password));
	}

	private static boolean signedIn(HttpResponse<String> response) {
		// a client with nowhere asked for lands on the home page
		return response.statusCode() == 302 && response.headers().firstValue("Location").orElse("").endsWith("/");
	}

	private static boolean failed(HttpResponse<String> response) {
		return response.statusCode() == 302 && response.headers().firstValue("Location").orElse("").endsWith("?error");
	}

}
