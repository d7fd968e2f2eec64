package org.easeback.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.easeback.support.Endpoints;
import org.easeback.support.Endpoints.Endpoint;
import org.easeback.support.Http;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous calls to private pages and APIs cost the server nothing it keeps: the
 * redirect to the sign-in page (pages) or the 401 (API) writes no session row and does
 * not grow the database file, however many there are. The page a person asked for is
 * remembered in a short-lived cookie instead, and sign-in returns them to it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "server.forward-headers-strategy=native")
class AnonymousFloodTests {

	private static final int REQUESTS = 2_000;

	private static final String PASSWORD = "a calm quiet river";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	private final HttpClient client = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@Test
	void thousandsOfAnonymousCallsToPrivateEndpointsWriteNoSessionAndDoNotGrowTheDatabase() throws Exception {
		List<Endpoint> privateEndpoints = privateEndpoints();
		Map<String, String> csrf = csrfOfAnAnonymousVisitor();
		long sessionsBefore = rows("spring_session");
		long attributesBefore = rows("spring_session_attributes");
		long fileBefore = databaseFileSize();

		List<String> wrong = new ArrayList<>();
		for (int i = 0; i < REQUESTS; i++) {
			Endpoint endpoint = privateEndpoints.get(i % privateEndpoints.size());
			HttpResponse<String> answer = call(endpoint, csrf);
			boolean toSignIn = answer.statusCode() == 302
					&& answer.headers().firstValue("Location").orElse("").endsWith("/login");
			boolean refused = answer.statusCode() == 401 || answer.statusCode() == 403;
			if (!(toSignIn || refused)) {
				wrong.add(endpoint + " → " + answer.statusCode());
			}
			if (answer.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("SESSION="))) {
				wrong.add(endpoint + " set a session cookie");
			}
		}

		assertThat(wrong).as("private endpoints called anonymously").isEmpty();
		assertThat(rows("spring_session")).isEqualTo(sessionsBefore);
		assertThat(rows("spring_session_attributes")).isEqualTo(attributesBefore);
		assertThat(databaseFileSize()).isEqualTo(fileBefore);
	}

	@Test
	void aFailedSignInWritesNoSession() {
		Map<String, String> csrf = csrfOfAnAnonymousVisitor();
		long before = rows("spring_session");

		for (int i = 0; i < 4; i++) {
			HttpRequest.Builder request = HttpRequest.newBuilder(uri("/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "text/html")
				.header("X-Forwarded-For", "192.0.2.77")
				.POST(HttpRequest.BodyPublishers.ofString("email=nobody-" + i + "%40example.org&password=wrong+guess"));
			csrf.forEach(request::header);
			HttpResponse<String> answer = send(request.build());

			assertThat(answer.statusCode()).isEqualTo(302);
			assertThat(answer.headers().firstValue("Location"))
				.hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
			assertThat(answer.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION="));
		}
		assertThat(rows("spring_session")).isEqualTo(before);
	}

	@Test
	void signingInReturnsToThePrivatePageThatWasAskedFor() {
		String email = "returning-" + UUID.randomUUID() + "@example.org";
		// registering signs in; the person comes back later on a browser of their own
		new Http(this.port).postForm("/register", "/register",
				Map.of("email", email, "password", PASSWORD, "role", "CLIENT"));
		Http person = new Http(this.port);

		HttpResponse<String> asked = person.getNoRedirect("/handoff");
		assertThat(asked.statusCode()).isEqualTo(302);
		assertThat(asked.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION="));

		HttpResponse<String> signedIn = person.postFormNoRedirect("/login", "/login",
				"email=" + email + "&password=" + PASSWORD.replace(' ', '+'));

		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/handoff"));
	}

	@Test
	void aPrivatePageWithAnAddressTooLongToRememberStillSendsToSignIn() {
		HttpResponse<String> asked = new Http(this.port).getNoRedirect("/account?page=" + "x".repeat(6_000));

		assertThat(asked.statusCode()).isEqualTo(302);
		assertThat(asked.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
		assertThat(asked.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("REDIRECT_URI="));
	}

	@Test
	void aRememberedPageOnAnotherSiteIsNeverFollowed() {
		Http person = new Http(this.port);
		String email = "elsewhere-" + UUID.randomUUID() + "@example.org";
		person.postForm("/register", "/register", Map.of("email", email, "password", PASSWORD, "role", "CLIENT"));
		person.get("/login", "text/html");
		Map<String, String> headers = person.sessionHeaders();
		String forged = java.util.Base64.getEncoder()
			.encodeToString("//evil.example/steal".getBytes(java.nio.charset.StandardCharsets.UTF_8));

		HttpResponse<String> signedIn = send(HttpRequest.newBuilder(uri("/login"))
			.header("Cookie", headers.get("Cookie") + "; REDIRECT_URI=" + forged)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString("email=" + email + "&password=" + PASSWORD.replace(' ', '+')
					+ "&_csrf=" + headers.get("X-CSRF-TOKEN")))
			.build());

		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
				l -> assertThat(l).startsWith("http://127.0.0.1:" + this.port + "/").doesNotContain("evil"));
	}

	private List<Endpoint> privateEndpoints() {
		Set<String> needAnAccount = EndpointSecurityTests.ACCESS.entrySet()
			.stream()
			.filter(e -> e.getValue() != EndpointSecurityTests.Access.PUBLIC)
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
		List<Endpoint> endpoints = Endpoints.of(this.context)
			.stream()
			.filter(e -> needAnAccount.contains(e.toString()))
			.filter(e -> !e.pattern().startsWith("/actuator"))
			.toList();
		assertThat(endpoints).hasSizeGreaterThan(20);
		return endpoints;
	}

	/** The cookie and header a visitor without an account sends after reading a page. */
	private Map<String, String> csrfOfAnAnonymousVisitor() {
		Http visitor = new Http(this.port);
		visitor.get("/", "text/html");
		return visitor.sessionHeaders();
	}

	/** One call from a client that keeps no cookies, as a flooding tool sends it. */
	private HttpResponse<String> call(Endpoint endpoint, Map<String, String> csrf) {
		boolean api = endpoint.pattern().startsWith("/api/");
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(endpoint.examplePath("1")))
			.header("Accept", api ? "application/json" : "text/html");
		csrf.forEach(request::header);
		if (endpoint.changesState()) {
			request.header("Content-Type", api ? "application/json" : "application/x-www-form-urlencoded");
			request.method(endpoint.method(), HttpRequest.BodyPublishers.ofString(api ? "{}" : "note=x"));
		}
		else {
			request.method(endpoint.method(), HttpRequest.BodyPublishers.noBody());
		}
		return send(request.build());
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private long rows(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	private long databaseFileSize() throws IOException {
		String database = this.jdbc.sql("CALL DATABASE_PATH()").query(String.class).single();
		return Files.size(Path.of(database + ".mv.db"));
	}

}
