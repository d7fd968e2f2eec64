package org.easeback.account.config;

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
 * The rate limits on the running server, with their default settings except for the two
 * largest allowances, lowered so the tests stay short. Each test speaks from addresses of
 * its own (X-Forwarded-For, trusted from 127.0.0.1 with the native strategy, as behind a
 * reverse proxy), so the tests do not share buckets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.forward-headers-strategy=native", "easeback.rate-limits.enabled=true",
				"easeback.rate-limits.session-events.requests=40", "easeback.rate-limits.sign-ins.requests=6" })
@Import(MutableClockConfiguration.class)
class RateLimitTests {

	private static final String PLAN = "{\"mode\":\"PARTNER\",\"minutes\":15,\"safety\":{\"answers\":{}}}";

	private static final String PASSWORD = "a calm quiet river";

	@LocalServerPort
	int port;

	@Autowired
	RateLimits limits;

	@Autowired
	MutableClock clock;

	@Test
	void plansOverTheLimitOfOneAddressAreRefusedWith429RetryAfterAndProblemJson() {
		Http client = from("198.51.100.1");
		for (long i = 0; i < this.limits.plans().requests(); i++) {
			assertThat(client.postJson("/api/v1/plans", PLAN).statusCode()).as("plan %d", i + 1).isEqualTo(201);
		}

		HttpResponse<String> refused = client.postJson("/api/v1/plans", PLAN);

		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
				seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, this.limits.plans().per().toSeconds()));
		assertThat(refused.body()).contains("\"status\":429", "\"retryAfterSeconds\":", "a plan");
		assertThat(from("198.51.100.2").postJson("/api/v1/plans", PLAN).statusCode())
			.as("another address has its own limit")
			.isEqualTo(201);
	}

	@Test
	void aRefusedAddressMayPlanAgainOnceItsAllowanceRefills() {
		Http client = from("198.51.100.3");
		for (long i = 0; i <= this.limits.plans().requests(); i++) {
			client.postJson("/api/v1/plans", PLAN);
		}
		HttpResponse<String> refused = client.postJson("/api/v1/plans", PLAN);
		assertThat(refused.statusCode()).isEqualTo(429);

		this.clock
			.advance(Duration.ofSeconds(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())));

		assertThat(client.postJson("/api/v1/plans", PLAN).statusCode()).isEqualTo(201);
	}

	@Test
	void thePlanFormOverTheLimitShowsAFriendlyPageInWords() {
		Http person = from("198.51.100.4");
		HttpResponse<String> page = null;
		for (long i = 0; i <= this.limits.plans().requests(); i++) {
			page = person.postFormNoRedirect("/check", "/plan", "mode=PARTNER&minutes=15");
		}

		assertThat(page.statusCode()).isEqualTo(429);
		assertThat(page.headers().firstValue("Retry-After")).isPresent();
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).contains("text/html"));
		assertThat(page.body()).contains("Please wait a moment", "try again in", "Nothing you saved before is affected")
			.doesNotContain("Exception");
	}

	@Test
	void safetyChecksOverTheLimitAreRefused() {
		Http client = from("198.51.100.5");
		for (long i = 0; i < this.limits.safetyChecks().requests(); i++) {
			assertThat(client.postJson("/api/v1/safety-checks", "{\"answers\": {}}").statusCode()).isEqualTo(200);
		}

		assertThat(client.postJson("/api/v1/safety-checks", "{\"answers\": {}}").statusCode()).isEqualTo(429);
	}

	@Test
	void sessionEventsOverTheLimitAreRefused() {
		Http client = from("198.51.100.6");
		String events = client.postJson("/api/v1/plans", PLAN).headers().firstValue("Location").orElseThrow()
				+ "/events";
		int refused = 0;
		for (long i = 0; i <= this.limits.sessionEvents().requests(); i++) {
			if (client.postJson(events, "{\"type\":\"STARTED\"}").statusCode() == 429) {
				refused++;
			}
		}

		assertThat(refused).isEqualTo(1);
	}

	@Test
	void registrationsOverTheLimitAreRefusedWithTheFriendlyPage() {
		Http person = from("198.51.100.7");
		HttpResponse<String> last = null;
		for (long i = 0; i <= this.limits.registrations().requests(); i++) {
			last = person.postFormNoRedirect("/register", "/register",
					"email=limit-" + UUID.randomUUID() + "%40example.org&password=a+calm+quiet+river&role=CLIENT");
		}

		assertThat(last.statusCode()).isEqualTo(429);
		assertThat(last.body()).contains("Please wait a moment");
	}

	@Test
	void signInsOverTheLimitAreRefusedEvenWithTheRightPassword() {
		String email = "sign-in-limit-" + UUID.randomUUID() + "@example.org";
		from("198.51.100.8").postForm("/register", "/register",
				Map.of("email", email, "password", PASSWORD, "role", "CLIENT"));
		Http person = from("198.51.100.9");
		for (long i = 0; i < this.limits.signIns().requests(); i++) {
			HttpResponse<String> signedIn = person.postFormNoRedirect("/login", "/login",
					"email=" + email.replace("@", "%40") + "&password=a+calm+quiet+river");
			assertThat(signedIn.statusCode()).as("sign-in %d", i + 1).isEqualTo(302);
		}

		HttpResponse<String> refused = person.postFormNoRedirect("/login", "/login",
				"email=" + email.replace("@", "%40") + "&password=a+calm+quiet+river");

		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
	}

	@Test
	void shareCodesAreLimitedPerTherapistAccountWhateverTheAddress() {
		String email = "therapist-limit-" + UUID.randomUUID() + "@example.org";
		Http therapist = from("198.51.100.10");
		therapist.registerAndSignIn(email, PASSWORD, "THERAPIST");
		for (long i = 0; i < this.limits.redemptionsPerTherapist().requests(); i++) {
			therapist.withHeader("X-Forwarded-For", "203.0.113." + (i + 1));
			HttpResponse<String> wrong = therapist.sendJson("POST", "/api/v1/therapist/redeem",
					"{\"code\": \"ZZZZZZZZZZ\"}", true);
			assertThat(wrong.statusCode()).as("guess %d", i + 1).isNotEqualTo(429);
		}

		therapist.withHeader("X-Forwarded-For", "203.0.113.200");
		HttpResponse<String> refused = therapist.sendJson("POST", "/api/v1/therapist/redeem",
				"{\"code\": \"ZZZZZZZZZZ\"}", true);

		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.body()).contains("a share code");
	}

	private Http from(String address) {
		return new Http(this.port).withHeader("X-Forwarded-For", address);
	}

}
