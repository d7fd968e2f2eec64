package org.easeback.security;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.easeback.support.Http;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Metrics and build information need the operator's credential; health and its probes
 * stay public; none of these calls starts a server session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "easeback.operator.username=ops", "easeback.operator.password=a long operator secret" })
@AutoConfigureMetrics
class OperationsEndpointsTests {

	private static final List<String> OPERATIONS = List.of("/actuator/prometheus", "/actuator/info", "/actuator");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void shouldRefuseMetricsAndBuildInfoToAnonymousCallers() {
		for (String path : OPERATIONS) {
			HttpResponse<String> response = new Http(this.port).raw("GET", path, null, null, false);
			assertThat(response.statusCode()).as(path).isEqualTo(401);
			assertThat(response.headers().firstValue("WWW-Authenticate")).as(path)
				.hasValueSatisfying(value -> assertThat(value).startsWith("Basic"));
			assertThat(response.body()).as(path).doesNotContain("jvm_memory", "\"build\"");
			assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
		}
	}

	@Test
	void shouldKeepHealthAndItsProbesPublic() {
		for (String path : List.of("/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness")) {
			assertThat(new Http(this.port).get(path, "application/json").statusCode()).as(path).isEqualTo(200);
		}
	}

	@Test
	void shouldAnswerTheOperatorWithMetricsAndBuildInfo() {
		Http operator = new Http(this.port).withHeader("Authorization", basic("ops", "a long operator secret"));

		assertThat(operator.get("/actuator/prometheus", "text/plain").body()).contains("jvm_memory_used_bytes");
		assertThat(operator.get("/actuator/info", "application/json").body()).contains("\"build\"",
				"\"artifact\":\"easeback\"");
	}

	@Test
	void shouldRefuseAWrongPasswordOrUser() {
		for (String authorization : List.of(basic("ops", "a wrong secret"), basic("operator", "a long operator secret"),
				basic("ops", ""))) {
			HttpResponse<String> response = new Http(this.port).withHeader("Authorization", authorization)
				.raw("GET", "/actuator/prometheus", null, null, false);
			assertThat(response.statusCode()).as(authorization).isEqualTo(401);
		}
	}

	@Test
	void shouldNotLetAnAccountReadMetrics() {
		Http client = new Http(this.port);
		client.registerAndSignIn("ops-" + java.util.UUID.randomUUID() + "@example.org", "a calm quiet river");

		assertThat(client.raw("GET", "/actuator/prometheus", null, null, false).statusCode()).isEqualTo(401);
	}

	@Test
	void shouldWriteNoSessionRowForOperationsCalls() {
		long before = sessions();
		Http operator = new Http(this.port).withHeader("Authorization", basic("ops", "a long operator secret"));
		for (int i = 0; i < 3; i++) {
			HttpResponse<String> metrics = operator.get("/actuator/prometheus", "text/plain");
			assertThat(metrics.statusCode()).isEqualTo(200);
			assertThat(metrics.headers().allValues("Set-Cookie")).isEmpty();
			// the 401 is the error page, whose CSRF token is a cookie, not a session
			assertThat(new Http(this.port).raw("GET", "/actuator/info", null, null, false)
				.headers()
				.allValues("Set-Cookie")).noneSatisfy(cookie -> assertThat(cookie).startsWith("SESSION="));
			assertThat(
					new Http(this.port).get("/actuator/health", "application/json").headers().allValues("Set-Cookie"))
				.isEmpty();
		}
		assertThat(sessions()).isEqualTo(before);
	}

	private long sessions() {
		return this.jdbc.sql("SELECT COUNT(*) FROM spring_session").query(Long.class).single();
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
