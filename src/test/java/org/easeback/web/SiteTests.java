package org.easeback.web;

import java.net.http.HttpResponse;

import org.easeback.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The running application as a newcomer meets it: pages, errors, health and API docs. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "easeback.operator.password=" + SiteTests.OPERATOR_PASSWORD)
@AutoConfigureMetrics
class SiteTests {

	static final String OPERATOR_PASSWORD = "a long operator secret";

	private static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	@Test
	void shouldOfferTheThreeWaysInOnTheHomePage() {
		HttpResponse<String> home = this.http.get("/", HTML);

		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Massage someone", "Massage myself", "Prepare for a therapist")
			.contains("href=\"/check?mode=PARTNER\"", "href=\"/check?mode=SELF\"", "href=\"/visit\"");
	}

	@Test
	void shouldShowTheNotMedicalAdviceNoteSkipLinkAndNavigationOnEveryPage() {
		for (String path : new String[] { "/", "/no-such-page" }) {
			String body = this.http.get(path, HTML).body();
			assertThat(body).contains("Not medical advice").contains("class=\"skip-link\" href=\"#main\"");
			assertThat(body).contains("<nav aria-label=\"Main\">")
				.contains(">Home<", ">Safety check<", ">Plan<", ">Library<", ">Diary<", ">Hand-off<");
		}
	}

	@Test
	void shouldMarkTheCurrentPageInTheNavigation() {
		assertThat(this.http.get("/", HTML).body()).contains("href=\"/\" aria-current=\"page\">Home<");
	}

	@Test
	void shouldLinkTheTherapistPagesForTherapistsOnlyAndMarkThemWhenCurrent() {
		Http therapist = new Http(this.port);
		therapist.registerAndSignIn("therapist-" + java.util.UUID.randomUUID() + "@example.org", "a calm quiet river",
				"THERAPIST");
		Http client = new Http(this.port);
		client.registerAndSignIn("client-" + java.util.UUID.randomUUID() + "@example.org", "a calm quiet river");

		assertThat(therapist.get("/", HTML).body()).contains("<a href=\"/therapist\">Therapist</a>");
		assertThat(therapist.get("/therapist", HTML).body())
			.contains("<a href=\"/therapist\" aria-current=\"page\">Therapist</a>")
			.doesNotContain("href=\"/\" aria-current=\"page\"");
		assertThat(client.get("/", HTML).body()).doesNotContain("href=\"/therapist\"");
		assertThat(this.http.get("/", HTML).body()).doesNotContain("href=\"/therapist\"");
	}

	@Test
	void shouldShowAFriendlyPageForAnUnknownAddress() {
		HttpResponse<String> page = this.http.get("/no-such-page", HTML);

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).contains("text/html"));
		assertThat(page.body()).contains("We could not find that page").doesNotContain("Whitelabel", "Exception");
	}

	@Test
	void shouldAnswerUnknownApiPathsWithProblemJsonEvenToABrowser() {
		for (String accept : new String[] { "application/json", HTML, "*/*" }) {
			HttpResponse<String> response = this.http.get("/api/v1/does-not-exist", accept);

			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(response.body()).contains("\"status\":404", "\"instance\":\"/api/v1/does-not-exist\"");
		}
	}

	@Test
	void shouldStillAskForAnAccountOnPrivatePagesAndEndpoints() {
		HttpResponse<String> page = this.http.get("/diary", HTML);
		assertThat(page.uri().getPath()).isEqualTo("/login");
		assertThat(page.body()).contains("Sign in");

		HttpResponse<String> api = this.http.get("/api/v1/diary/entries", "application/json");
		assertThat(api.statusCode()).isEqualTo(401);
		assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	@Test
	void shouldReportHealthLivenessAndReadiness() {
		assertThat(this.http.get("/actuator/health", "application/json").body()).contains("\"status\":\"UP\"");
		assertThat(this.http.get("/actuator/health/liveness", "application/json").statusCode()).isEqualTo(200);
		assertThat(this.http.get("/actuator/health/readiness", "application/json").statusCode()).isEqualTo(200);
	}

	@Test
	void shouldExposePrometheusMetricsAndBuildInfo() {
		Http operator = operator();
		assertThat(operator.get("/actuator/prometheus", "text/plain").body()).contains("jvm_memory_used_bytes");
		assertThat(operator.get("/actuator/info", "application/json").body()).contains("\"build\"",
				"\"artifact\":\"easeback\"");
	}

	@Test
	void shouldMeasureRequestsAndSignInsButNotEverySecurityFilter() {
		Http user = new Http(this.port);
		String email = "metrics-" + java.util.UUID.randomUUID() + "@example.org";
		user.registerAndSignIn(email, "a calm quiet river");
		// registering signs in without the sign-in form, which is what is observed
		user.postForm("/login", "/login", java.util.Map.of("email", email, "password", "a calm quiet river"));
		assertThat(user.get("/diary", HTML).statusCode()).isEqualTo(200);

		String metrics = operator().get("/actuator/prometheus", "text/plain").body();

		assertThat(metrics).contains("http_server_requests_seconds_count{", "uri=\"/diary\"")
			.contains("spring_security_authentications_seconds_count{");
		// one observation per security filter and per access decision cost a signed-in
		// page ~8% of its CPU (docs/performance.md, round 19)
		assertThat(metrics).doesNotContain("spring_security_filterchains", "spring_security_authorizations",
				"spring_security_http_secured_requests");
	}

	@Test
	void shouldPublishTheOpenApiDescriptionAndSwaggerUi() {
		HttpResponse<String> docs = this.http.get("/v3/api-docs", "application/json");
		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.body()).startsWith("{").contains("\"openapi\":\"3.");

		HttpResponse<String> ui = this.http.get("/swagger-ui.html", HTML);
		assertThat(ui.statusCode()).isEqualTo(200);
		assertThat(ui.body()).contains("swagger-ui");
	}

	private Http operator() {
		return new Http(this.port).withHeader("Authorization", "Basic " + java.util.Base64.getEncoder()
			.encodeToString(("operator:" + OPERATOR_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}

}
