package org.easeback.therapist.web;

import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.easeback.handoff.HandoffFixtures;
import org.easeback.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A therapist's pages and API name a client by an opaque id, never by their email: a
 * client whose email holds characters that mean something in an address opens like any
 * other, no address a page links to or the API answers with carries the email, and
 * another therapist holding the id finds nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClientAddressesTests {

	private static final String PASSWORD = "a calm quiet river";

	private static final String HTML = "text/html";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern LINK = Pattern.compile("(?:href|action|src)=\"([^\"]*)\"");

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "a client whose email holds \"{0}\" opens from the dashboard and through the API")
	@ValueSource(strings = { "/", "%", "+", "?", "/%+?" })
	void aClientWhoseEmailHoldsAnAddressCharacterOpensFromTheDashboardAndThroughTheApi(String awkward) {
		SharingClient client = sharingClient("ann" + awkward);
		Http therapist = therapist();
		HttpResponse<String> opened = therapist.postForm("/therapist", "/therapist/redeem",
				Map.of("code", client.shareCode()));
		assertThat(opened.statusCode()).isEqualTo(200);
		assertThat(opened.body()).contains("<h1>" + client.email() + "</h1>");

		String dashboard = therapist.get("/therapist", HTML).body();
		Matcher link = Pattern.compile("<a href=\"([^\"]+)\">" + Pattern.quote(client.email()) + "</a>")
			.matcher(dashboard);
		assertThat(link.find()).as(dashboard).isTrue();
		HttpResponse<String> page = therapist.get(unescape(link.group(1)), HTML);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<h1>" + client.email() + "</h1>");
		HttpResponse<String> summary = therapist.get(unescape(link.group(1)) + "/summary", HTML);
		assertThat(summary.statusCode()).isEqualTo(200);
		assertThat(summary.body()).contains(client.email());

		String id = idInTheClientList(therapist, client.email());
		String api = "/api/v1/therapist/clients/" + id;
		HttpResponse<String> apiSummary = therapist.sendJson("GET", api + "/summary", null, true);
		assertThat(apiSummary.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(apiSummary.body()).get("client").asString()).isEqualTo(client.email());
		assertThat(therapist
			.sendJson("POST", api + "/notes", "{\"visitDate\": \"2026-11-20\", \"subjective\": \"Stiff\"}", true)
			.statusCode()).isEqualTo(201);
		assertThat(therapist.sendJson("GET", api + "/notes", null, true).body()).contains("Stiff");
	}

	@Test
	void noTherapistPageOrApiAnswerLinksToAnAddressHoldingAClientsEmail() {
		SharingClient client = sharingClient("bo/b+c%d?e");
		Http therapist = therapist();
		HttpResponse<String> redeemed = therapist.postFormNoRedirect("/therapist", "/therapist/redeem",
				"code=" + client.shareCode());
		assertThat(redeemed.statusCode()).isEqualTo(302);
		assertThat(redeemed.headers().firstValue("Location")).get().asString().doesNotContain(client.marker());
		String id = idInTheClientList(therapist, client.email());
		String api = "/api/v1/therapist/clients/" + id;
		therapist.sendJson("POST", api + "/notes", "{\"visitDate\": \"2026-11-20\", \"subjective\": \"Stiff\"}", true);
		therapist.sendJson("POST", api + "/routines", "{\"itemId\": \"cat-cow\", \"howOften\": \"daily\"}", true);

		Set<String> visited = new LinkedHashSet<>();
		Set<String> links = new LinkedHashSet<>();
		Deque<String> toVisit = new ArrayDeque<>(List.of("/therapist"));
		while (!toVisit.isEmpty()) {
			String path = toVisit.poll();
			if (!visited.add(path)) {
				continue;
			}
			HttpResponse<String> page = therapist.get(path, HTML);
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			Matcher m = LINK.matcher(page.body());
			while (m.find()) {
				String target = unescape(m.group(1));
				links.add(target);
				if (target.startsWith("/therapist") && !target.endsWith(".pdf") && !target.equals("/therapist/redeem")
						&& !target.contains("/notes") && !target.contains("/routines")) {
					toVisit.add(target);
				}
			}
		}
		assertThat(visited).as("the walk reaches the client's page and summary")
			.contains("/therapist/clients/" + id, "/therapist/clients/" + id + "/summary");
		assertThat(links).as("every address the therapist's pages link to")
			.isNotEmpty()
			.noneMatch(l -> l.contains(client.marker()));

		List<String> answers = new ArrayList<>();
		answers.add(therapist.sendJson("GET", "/api/v1/therapist/clients", null, true).body());
		for (String read : List.of("/summary", "/notes", "/routines")) {
			answers.add(therapist.sendJson("GET", api + read, null, true).body());
		}
		for (String answer : answers) {
			everyText(JSON.readTree(answer),
					text -> assertThat(text.contains(client.marker()))
						.as("\"%s\" in %s is the email itself, not an address holding it", text, answer)
						.isEqualTo(text.equals(client.email())));
		}
	}

	@Test
	void anotherTherapistHoldingTheIdGetsNotFoundAsForAnIdThatDoesNotExist() {
		SharingClient client = sharingClient("cy/d");
		Http therapist = therapist();
		therapist.sendJson("POST", "/api/v1/therapist/redeem", "{\"code\": \"" + client.shareCode() + "\"}", true);
		String id = idInTheClientList(therapist, client.email());
		Http another = therapist();
		another.sendJson("POST", "/api/v1/therapist/redeem", "{\"code\": \"" + sharingClient("dee").shareCode() + "\"}",
				true);
		String made = UUID.randomUUID().toString();

		for (String pattern : List.of("/therapist/clients/%s", "/therapist/clients/%s/summary",
				"/therapist/clients/%s/summary.pdf", "/api/v1/therapist/clients/%s/summary",
				"/api/v1/therapist/clients/%s/notes", "/api/v1/therapist/clients/%s/routines")) {
			String accept = pattern.startsWith("/api/") ? "application/json" : HTML;
			HttpResponse<String> held = another.get(pattern.formatted(id), accept);
			HttpResponse<String> madeUp = another.get(pattern.formatted(made), accept);

			assertThat(held.statusCode()).as(pattern).isEqualTo(404);
			assertThat(madeUp.statusCode()).as(pattern).isEqualTo(404);
			assertThat(held.body()).doesNotContain(client.marker());
			assertThat(sameness(held, id)).as(pattern).isEqualTo(sameness(madeUp, made));
		}
		assertThat(another
			.sendJson("POST", "/api/v1/therapist/clients/" + id + "/notes",
					"{\"visitDate\": \"2026-11-20\", \"subjective\": \"Stiff\"}", true)
			.statusCode()).isEqualTo(404);
		assertThat(therapist.sendJson("GET", "/api/v1/therapist/clients/" + id + "/notes", null, true).body())
			.isEqualTo("[]");
	}

	@Test
	void theClientsEmailIsNoLongerAnAddressEvenForTheTherapistTheyShareWith() {
		SharingClient client = sharingClient("eve");
		Http therapist = therapist();
		therapist.sendJson("POST", "/api/v1/therapist/redeem", "{\"code\": \"" + client.shareCode() + "\"}", true);

		assertThat(therapist.get("/therapist/clients/" + client.email(), HTML).statusCode()).isEqualTo(404);
		assertThat(therapist.sendJson("GET", "/api/v1/therapist/clients/" + client.email() + "/notes", null, true)
			.statusCode()).isEqualTo(404);
	}

	/**
	 * A signed-in client with a new share code. {@code marker} is the random part of the
	 * email: it survives any encoding, so an address holding the email in any form holds
	 * it.
	 */
	private SharingClient sharingClient(String name) {
		String marker = UUID.randomUUID().toString();
		String email = name + "." + marker + "@example.org";
		Http http = new Http(this.port);
		http.registerAndSignIn(email, PASSWORD);
		HttpResponse<String> share = http.sendJson("POST", "/api/v1/handoff/shares", null, true);
		assertThat(share.statusCode()).as(share.body()).isEqualTo(201);
		return new SharingClient(email, marker, JSON.readTree(share.body()).get("code").asString());
	}

	private Http therapist() {
		Http http = new Http(this.port);
		http.registerAndSignIn(HandoffFixtures.someone(), PASSWORD, "THERAPIST");
		return http;
	}

	private static String idInTheClientList(Http therapist, String email) {
		HttpResponse<String> list = therapist.sendJson("GET", "/api/v1/therapist/clients", null, true);
		assertThat(list.statusCode()).isEqualTo(200);
		for (JsonNode client : JSON.readTree(list.body())) {
			if (client.isObject() && email.equals(client.path("client").asString(null))) {
				return client.get("id").asString();
			}
		}
		throw new AssertionError(email + " is not in the client list " + list.body());
	}

	/**
	 * The answer without what changes with every page (the CSRF token) or names the id.
	 */
	private static String sameness(HttpResponse<String> answer, String id) {
		return answer.body().replace(id, "{id}").replaceAll("name=\"_csrf\" content=\"[^\"]+\"", "");
	}

	private static void everyText(JsonNode node, java.util.function.Consumer<String> check) {
		if (node.isString()) {
			check.accept(node.asString());
		}
		node.forEach(child -> everyText(child, check));
		node.propertyNames().forEach(name -> check.accept(name));
	}

	private static String unescape(String attribute) {
		return attribute.replace("&amp;", "&");
	}

	record SharingClient(String email, String marker, String shareCode) {

	}

}
