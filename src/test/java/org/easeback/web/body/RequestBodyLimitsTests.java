package org.easeback.web.body;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.easeback.support.Http;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bodies larger than EaseBack reads are refused with {@code 413} and the limit, whether
 * their size is announced or they arrive in chunks; bodies within the limits still reach
 * the controllers whole.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequestBodyLimitsTests {

	private static final String PLAN = "{\"safety\":{\"answers\":{}},\"minutes\":15}";

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void aJsonBodyOverTheCapIsRefusedWith413NamingTheLimit() throws Exception {
		HttpResponse<String> response = send(
				jsonPost("/api/v1/plans", HttpRequest.BodyPublishers.ofString(oversizedPlan())));

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"status\":413").contains("64 KiB");
	}

	@Test
	void aClientStillSendingAFarLargerBodyReadsThe413RatherThanAReset() throws Exception {
		String large = "{\"x\":" + "1".repeat(512 * 1024) + "}";
		for (int i = 0; i < 5; i++) {
			HttpResponse<String> response = send(jsonPost("/api/v1/plans", HttpRequest.BodyPublishers.ofString(large)));

			assertThat(response.statusCode()).as("attempt %d", i + 1).isEqualTo(413);
		}
	}

	@Test
	void aChunkedJsonBodyOverTheCapIsRefusedToo() throws Exception {
		byte[] body = oversizedPlan().getBytes(StandardCharsets.UTF_8);
		// a publisher of unknown length: the client sends it chunked, without
		// Content-Length
		HttpResponse<String> response = send(jsonPost("/api/v1/plans",
				HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("64 KiB");
	}

	@Test
	void aChunkedJsonBodyWithinTheCapIsPlanned() throws Exception {
		byte[] body = PLAN.getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> response = send(jsonPost("/api/v1/plans",
				HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

		assertThat(response.statusCode()).isEqualTo(201);
	}

	@Test
	void aFormOverTheFormCapIsRefusedWithAPage() throws Exception {
		String form = "email=a%40example.org&password=" + "p".repeat(300 * 1024);
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(response.body()).contains("256 KiB");
	}

	@Test
	void anImportFileOverTheImportCapIsRefusedWithAPageNotAnError() {
		Http user = new Http(this.port);
		user.registerAndSignIn("big-import-" + UUID.randomUUID() + "@example.org", "a calm quiet river");

		HttpResponse<String> response = user.postMultipart("/account", "/account/import", "file", "export.json",
				"{\"padding\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}");

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("4 MiB");
	}

	@Test
	void theImportApiTakesABodyLargerThanTheJsonCap() throws Exception {
		Http user = new Http(this.port);
		user.registerAndSignIn("api-import-" + UUID.randomUUID() + "@example.org", "a calm quiet river");

		HttpResponse<String> response = user.postJson("/api/v1/account/import",
				"{\"padding\":\"" + "x".repeat(100 * 1024) + "\"}");

		assertThat(response.statusCode()).isNotEqualTo(413).isLessThan(500);
	}

	private static String oversizedPlan() {
		return "{\"safety\":{\"answers\":{},\"allergies\":[" + "\"x\",".repeat(40_000) + "\"x\"]}}";
	}

	private HttpRequest jsonPost(String path, HttpRequest.BodyPublisher body) {
		return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").POST(body).build();
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private HttpResponse<String> send(HttpRequest request) throws Exception {
		return this.client.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
