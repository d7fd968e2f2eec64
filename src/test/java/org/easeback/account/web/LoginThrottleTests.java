package org.easeback.account.web;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

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
 * Sign-in throttling on the running server. Addresses are set with X-Forwarded-For, which
 * Tomcat trusts from 127.0.0.1 when {@code server.forward-headers-strategy=native} (as it
 * must be set behind a reverse proxy in production).
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

	private Http from(String address) {
		return new Http(this.port).withHeader("X-Forwarded-For", address);
	}

	private String newAccount() {
		String email = "throttle-" + UUID.randomUUID() + "@example.org";
		new Http(this.port).postForm("/register", "/register",
				Map.of("email", email, "password", PASSWORD, "role", "CLIENT"));
		return email;
	}

	private static HttpResponse<String> signIn(Http http, String email, String password) {
		return http.postFormNoRedirect("/login", "/login",
				"email=" + email.replace("@", "%40") + "&password=" + password.replace(" ", "+"));
	}

	private static boolean signedIn(HttpResponse<String> response) {
		return response.statusCode() == 302 && response.headers().firstValue("Location").orElse("").endsWith("/diary");
	}

	@Test
	void shouldRefuseTheSixthFailedAttemptFromOneAddressWith429AndRetryAfter() {
		String email = newAccount();
		Http attacker = from("203.0.113.7");
		for (int i = 0; i < 5; i++) {
			HttpResponse<String> wrong = signIn(attacker, email, "wrong password " + i);
			assertThat(wrong.statusCode()).isEqualTo(302);
			assertThat(wrong.headers().firstValue("Location"))
				.hasValueSatisfying(l -> assertThat(l).endsWith("?error"));
		}

		HttpResponse<String> page = signIn(attacker, email, "wrong password 6");
		assertThat(page.statusCode()).isEqualTo(429);
		assertThat(page.headers().firstValue("Retry-After").map(Long::parseLong))
			.hasValueSatisfying(s -> assertThat(s).isBetween(1L, 900L));
		assertThat(page.body()).contains("Too many sign-in attempts").doesNotContain("<script");

		// the right password does not help while blocked: it is not even checked
		assertThat(signIn(attacker, email, PASSWORD).statusCode()).isEqualTo(429);
		// the address is blocked for every account, not just this one
		assertThat(signIn(attacker, newAccount(), PASSWORD).statusCode()).isEqualTo(429);

		// clients asking for JSON get problem+json
		attacker.get("/login", "text/html");
		HttpResponse<String> json = attacker.sendJson("POST", "/login", null, true);
		assertThat(json.statusCode()).isEqualTo(429);
		assertThat(json.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(json.body()).contains("\"status\":429", "retryAfterSeconds");
	}

	@Test
	void shouldLetTheRealUserInFromAKnownAddressAtOnceAndFromANewAddressAfterTheWindow() {
		String email = newAccount();
		assertThat(signedIn(signIn(from("192.0.2.5"), email, PASSWORD))).isTrue(); // the
																					// user's
																					// home

		// five guesses from five addresses: the account is locked for unknown addresses
		for (int i = 0; i < 5; i++) {
			assertThat(signIn(from("203.0.113." + (20 + i)), email, "guess " + i).statusCode()).isEqualTo(302);
		}
		assertThat(signIn(from("203.0.113.99"), email, "guess 6").statusCode()).isEqualTo(429);
		assertThat(signIn(from("198.51.100.9"), email, PASSWORD).statusCode()).as("real user on a new address")
			.isEqualTo(429);

		// the real user at home is never locked out by someone else's guesses
		assertThat(signedIn(signIn(from("192.0.2.5"), email, PASSWORD))).isTrue();

		// blocked attempts did not extend the block: after the window the new address
		// works
		this.clock.advance(Duration.ofMinutes(15).plusSeconds(1));
		assertThat(signedIn(signIn(from("198.51.100.9"), email, PASSWORD))).isTrue();
	}

	@Test
	void shouldForgetFailuresOlderThanTheWindow() {
		String email = newAccount();
		Http user = from("198.51.100.40");
		for (int i = 0; i < 4; i++) {
			signIn(user, email, "typo " + i);
		}
		this.clock.advance(Duration.ofMinutes(16));
		for (int i = 0; i < 4; i++) {
			assertThat(signIn(user, email, "typo again " + i).statusCode()).isEqualTo(302);
		}
		assertThat(signedIn(signIn(user, email, PASSWORD))).isTrue();
	}

}
