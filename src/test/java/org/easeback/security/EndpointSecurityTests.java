package org.easeback.security;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.easeback.support.Endpoints;
import org.easeback.support.Endpoints.Endpoint;
import org.easeback.support.Http;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The security policy over every endpoint the application maps, read from its own handler
 * mappings: an explicit access rule for each, the browser protection headers on every
 * response, CSRF on every state-changing call, and no inline script or style on any page.
 * A new endpoint joins these tests by itself, and fails the build until it has a rule in
 * {@link #ACCESS}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EndpointSecurityTests {

	enum Access {

		/** Anyone, signed in or not. */
		PUBLIC,
		/** Any signed-in account. */
		ACCOUNT,
		/** Signed-in accounts with the THERAPIST role. */
		THERAPIST,
		/**
		 * Only the operator's HTTP Basic credential, never an account
		 * ({@link OperationsEndpointsTests}).
		 */
		OPERATOR

	}

	/** Who may use each endpoint. Every mapped endpoint must appear here. */
	static final Map<String, Access> ACCESS = new TreeMap<>();

	static {
		for (String endpoint : List.of("GET /", "GET /check", "POST /check", "POST /check/change", "GET /plan",
				"POST /plan", "POST /plan/form", "GET /sessions/{id}", "GET /library", "GET /library/{id}",
				"GET /library/{id}/diagram.svg", "GET /login", "GET /register", "POST /register", "GET /error",
				"POST /error", "GET /api/v1/library", "GET /api/v1/library/{id}", "GET /api/v1/safety-checks/questions",
				"POST /api/v1/safety-checks", "POST /api/v1/plans", "GET /api/v1/plans/{id}",
				"POST /api/v1/plans/{id}/events", "GET /actuator/health", "GET /actuator/health/**",
				"GET /swagger-ui.html", "GET /v3/api-docs", "GET /v3/api-docs.yaml",
				"GET /v3/api-docs/swagger-config")) {
			ACCESS.put(endpoint, Access.PUBLIC);
		}
		for (String endpoint : List.of("GET /actuator", "GET /actuator/info", "GET /actuator/prometheus")) {
			ACCESS.put(endpoint, Access.OPERATOR);
		}
		for (String endpoint : List.of("GET /account", "POST /account/delete", "POST /account/import",
				"POST /account/password", "GET /api/v1/account", "DELETE /api/v1/account", "GET /api/v1/account/export",
				"POST /api/v1/account/import", "PUT /api/v1/account/password", "GET /diary", "POST /diary/entries",
				"GET /diary/entries/{id}/edit", "POST /diary/entries/{id}", "POST /diary/entries/{id}/delete",
				"POST /diary/episodes", "POST /diary/episodes/{id}/delete", "GET /api/v1/diary/entries",
				"POST /api/v1/diary/entries", "GET /api/v1/diary/entries.csv", "GET /api/v1/diary/entries/{id}",
				"PUT /api/v1/diary/entries/{id}", "DELETE /api/v1/diary/entries/{id}", "GET /api/v1/diary/episodes",
				"POST /api/v1/diary/episodes", "DELETE /api/v1/diary/episodes/{id}", "GET /api/v1/diary/series",
				"GET /api/v1/diary/sessions", "GET /api/v1/diary/summary")) {
			ACCESS.put(endpoint, Access.ACCOUNT);
		}
		ACCESS.put("GET /fhir/Questionnaire/easeback-intake", Access.PUBLIC);
		ACCESS.put("GET /visit", Access.PUBLIC);
		ACCESS.put("POST /account/name", Access.ACCOUNT);
		ACCESS.put("DELETE /api/v1/therapist/clients/{clientId}/routines/{id}", Access.THERAPIST);
		ACCESS.put("POST /therapist/clients/{clientId}/routines/{id}/remove", Access.THERAPIST);
		for (String endpoint : List.of("GET /api/v1/handoff/intake", "PUT /api/v1/handoff/intake",
				"GET /api/v1/handoff/shares", "POST /api/v1/handoff/shares", "DELETE /api/v1/handoff/shares/{id}",
				"GET /api/v1/handoff/fhir", "GET /handoff", "POST /handoff", "POST /handoff/shares",
				"POST /handoff/shares/{id}/revoke", "GET /handoff/summary", "GET /handoff/summary.pdf")) {
			ACCESS.put(endpoint, Access.ACCOUNT);
		}
		for (String endpoint : List.of("POST /api/v1/therapist/redeem", "GET /api/v1/therapist/clients",
				"GET /api/v1/therapist/clients/{clientId}/summary", "GET /api/v1/therapist/clients/{clientId}/notes",
				"POST /api/v1/therapist/clients/{clientId}/notes",
				"PUT /api/v1/therapist/clients/{clientId}/notes/{id}",
				"GET /api/v1/therapist/clients/{clientId}/routines",
				"POST /api/v1/therapist/clients/{clientId}/routines", "GET /therapist", "POST /therapist/redeem",
				"GET /therapist/clients/{clientId}", "GET /therapist/clients/{clientId}/summary",
				"GET /therapist/clients/{clientId}/summary.pdf", "POST /therapist/clients/{clientId}/notes",
				"POST /therapist/clients/{clientId}/notes/{id}", "POST /therapist/clients/{clientId}/routines")) {
			ACCESS.put(endpoint, Access.THERAPIST);
		}
	}

	static final Set<String> HEADERS = Set.of("content-security-policy", "x-content-type-options", "referrer-policy",
			"permissions-policy", "x-frame-options");

	private static final String PASSWORD = "a calm quiet river";

	private static final Pattern INLINE_SCRIPT = Pattern
		.compile("<script(?![^>]*\\bsrc=)(?![^>]*application/json)[^>]*>");

	private static final Pattern INLINE_HANDLER_OR_STYLE = Pattern
		.compile("<[^>]*\\s(on[a-z]+|style)\\s*=|<style[\\s>]|javascript:", Pattern.CASE_INSENSITIVE);

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void shouldHaveAnExplicitAccessRuleForEveryEndpoint() {
		List<String> missing = Endpoints.of(this.context)
			.stream()
			.map(Endpoint::toString)
			.filter(e -> !ACCESS.containsKey(e))
			.toList();
		if (!missing.isEmpty()) {
			fail("These endpoints have no access rule. Add each to EndpointSecurityTests.ACCESS (PUBLIC, ACCOUNT, "
					+ "THERAPIST or OPERATOR) and make sure SecurityConfiguration enforces it: " + missing);
		}
	}

	@Test
	void shouldEnforceTheAccessRuleOfEveryEndpoint() {
		Http client = signedIn("CLIENT");
		Http therapist = signedIn("THERAPIST");
		List<String> wrong = new ArrayList<>();
		for (Endpoint endpoint : Endpoints.of(this.context)) {
			Access access = ACCESS.get(endpoint.toString());
			if (access == null) {
				continue; // reported by the test above
			}
			String path = endpoint.examplePath(UUID.randomUUID().toString());
			boolean changes = endpoint.changesState();
			Http anonymous = new Http(this.port);
			anonymous.get("/login", "text/html"); // an anonymous session with a CSRF
													// token
			check(wrong, endpoint, "anonymous", call(anonymous, endpoint, path), access == Access.PUBLIC);
			// state-changing calls get an account of their own: they may delete it
			check(wrong, endpoint, "client", call(changes ? signedIn("CLIENT") : client, endpoint, path),
					access == Access.PUBLIC || access == Access.ACCOUNT);
			check(wrong, endpoint, "therapist", call(changes ? signedIn("THERAPIST") : therapist, endpoint, path),
					access != Access.OPERATOR);
		}
		assertThat(wrong).as("endpoints whose answers break their access rule").isEmpty();
	}

	@Test
	void shouldRefuseEveryStateChangingCallWithASessionButNoCsrfToken() {
		List<String> accepted = new ArrayList<>();
		Http user = signedIn("CLIENT");
		for (Endpoint endpoint : Endpoints.of(this.context)) {
			if (!endpoint.changesState() || endpoint.pattern().equals("/error")) {
				continue;
			}
			HttpResponse<String> response = user.raw(endpoint.method(),
					endpoint.examplePath(UUID.randomUUID().toString()), contentType(endpoint), body(endpoint), false);
			if (response.statusCode() != 403) {
				accepted.add(endpoint + " → " + response.statusCode());
			}
		}
		assertThat(accepted).as("state-changing calls accepted without a CSRF token").isEmpty();
	}

	@Test
	void shouldSendTheProtectionHeadersOnEveryResponse() {
		Http user = signedIn("CLIENT");
		user.postJson("/api/v1/diary/entries", "{}");
		List<String> paths = new ArrayList<>(List.of("/css/easeback.css", "/js/player.js", "/icons/icon.svg",
				"/no-such-page", "/api/v1/no-such-thing", "/swagger-ui/index.html"));
		for (Endpoint endpoint : Endpoints.of(this.context)) {
			if (!endpoint.changesState()) {
				paths.add(endpoint.examplePath(UUID.randomUUID().toString()));
			}
		}
		paths.add(realPlanPath(user));
		paths.add("/library/" + firstLibraryId(user));
		List<String> missing = new ArrayList<>();
		for (Http who : List.of(new Http(this.port), user)) {
			for (String path : paths) {
				HttpResponse<String> response = who.raw("GET", path, null, null, false);
				assertHeaders(path, response, missing);
			}
		}
		// and on answers to writes, errors included
		assertHeaders("POST /api/v1/safety-checks",
				user.raw("POST", "/api/v1/safety-checks", "application/json", "{\"x\":", true), missing);
		assertThat(missing).isEmpty();
	}

	@Test
	void shouldHaveNoInlineScriptStyleOrHandlerOnAnyPage() {
		Http user = signedIn("CLIENT");
		List<String> pages = new ArrayList<>(
				List.of("/no-such-page", realPlanPath(user), "/library/" + firstLibraryId(user), "/diary", "/account"));
		for (Endpoint endpoint : Endpoints.of(this.context)) {
			if (!endpoint.changesState() && !endpoint.pattern().startsWith("/api/")
					&& !endpoint.pattern().startsWith("/actuator") && !endpoint.pattern().startsWith("/v3")) {
				pages.add(endpoint.examplePath(UUID.randomUUID().toString()));
			}
		}
		List<String> inline = new ArrayList<>();
		for (String path : pages) {
			String body = user.get(path, "text/html").body();
			Matcher script = INLINE_SCRIPT.matcher(body);
			if (script.find()) {
				inline.add(path + ": " + script.group());
			}
			Matcher other = INLINE_HANDLER_OR_STYLE.matcher(body);
			if (other.find()) {
				inline.add(path + ": " + other.group());
			}
		}
		assertThat(inline).as("inline script, style or handler that the Content-Security-Policy blocks").isEmpty();
	}

	@Test
	void shouldSetTheSessionCookieHttpOnlyAndSameSiteLax() {
		String email = "cookies-" + UUID.randomUUID() + "@example.org";
		new Http(this.port).registerAndSignIn(email, PASSWORD);
		Http browser = new Http(this.port);
		HttpResponse<String> signedIn = browser.postFormNoRedirect("/login", "/login",
				"email=" + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8) + "&password="
						+ java.net.URLEncoder.encode(PASSWORD, java.nio.charset.StandardCharsets.UTF_8));
		assertThat(signedIn.headers().allValues("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=")
				.containsIgnoringCase("HttpOnly")
				.containsIgnoringCase("SameSite=Lax"));
	}

	@Test
	void shouldKeepTheCsrfTokenOfAnAnonymousPageInAnHttpOnlySameSiteCookieAndStartNoSession() {
		Http anonymous = new Http(this.port);
		HttpResponse<String> login = anonymous.raw("GET", "/login", null, null, false);
		List<String> cookies = login.headers().allValues("Set-Cookie");
		assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("XSRF-TOKEN=")
			.containsIgnoringCase("HttpOnly")
			.containsIgnoringCase("SameSite=Lax"));
		assertThat(cookies).noneSatisfy(cookie -> assertThat(cookie).startsWith("SESSION="));
		assertThat(login.body()).contains("<meta name=\"_csrf_header\" content=\"X-CSRF-TOKEN\"");
	}

	private void assertHeaders(String path, HttpResponse<String> response, List<String> missing) {
		var headers = response.headers();
		if (!headers.firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'; style-src 'self'")
				|| !headers.firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'")) {
			missing.add(path + " (" + response.statusCode() + "): Content-Security-Policy");
		}
		if (!headers.firstValue("X-Content-Type-Options").orElse("").equals("nosniff")) {
			missing.add(path + " (" + response.statusCode() + "): X-Content-Type-Options");
		}
		if (!headers.firstValue("Referrer-Policy").orElse("").equals("no-referrer")) {
			missing.add(path + " (" + response.statusCode() + "): Referrer-Policy");
		}
		String permissions = headers.firstValue("Permissions-Policy").orElse("");
		if (!permissions.contains("screen-wake-lock=(self)") || !permissions.contains("camera=()")
				|| !permissions.contains("microphone=()") || !permissions.contains("geolocation=()")) {
			missing.add(path + " (" + response.statusCode() + "): Permissions-Policy");
		}
		if (!headers.firstValue("X-Frame-Options").orElse("").equals("DENY")) {
			missing.add(path + " (" + response.statusCode() + "): X-Frame-Options");
		}
	}

	private String realPlanPath(Http user) {
		HttpResponse<String> plan = user.postJson("/api/v1/plans",
				"{\"mode\":\"SELF\",\"minutes\":10,\"safety\":{\"mode\":\"SELF\"}}");
		Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(plan.body());
		return id.find() ? "/sessions/" + id.group(1) : "/sessions/none";
	}

	private String firstLibraryId(Http user) {
		Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"")
			.matcher(user.get("/api/v1/library", "application/json").body());
		return id.find() ? id.group(1) : "none";
	}

	private static void check(List<String> wrong, Endpoint endpoint, String who, HttpResponse<String> response,
			boolean allowed) {
		int status = response.statusCode();
		boolean toLogin = status == 302
				&& response.headers().firstValue("Location").orElse("").matches(".*/login(\\?.*)?$");
		boolean denied = status == 401 || status == 403 || toLogin;
		if (allowed == denied) {
			wrong.add(endpoint + " as " + who + " → " + status
					+ (allowed ? " (should be let in)" : " (should be denied)"));
		}
	}

	private static HttpResponse<String> call(Http who, Endpoint endpoint, String path) {
		return who.raw(endpoint.method(), path, contentType(endpoint), body(endpoint), true);
	}

	private static String contentType(Endpoint endpoint) {
		if (!endpoint.changesState()) {
			return null;
		}
		return endpoint.pattern().startsWith("/api/") ? "application/json" : "application/x-www-form-urlencoded";
	}

	private static String body(Endpoint endpoint) {
		if (!endpoint.changesState()) {
			return null;
		}
		return endpoint.pattern().startsWith("/api/") ? "{}" : "";
	}

	private static boolean stillSignedIn(Http user) {
		return user.raw("GET", "/api/v1/account", null, null, false).statusCode() == 200;
	}

	private Http signedIn(String role) {
		Http http = new Http(this.port);
		http.registerAndSignIn(role.toLowerCase() + "-" + UUID.randomUUID() + "@example.org", PASSWORD, role);
		return http;
	}

}
