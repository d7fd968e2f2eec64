package org.easeback.therapist.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.easeback.handoff.HandoffFixtures;
import org.easeback.support.Http;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may use which hand-off and therapist endpoint, generated from one table: every
 * endpoint is called by the client who owns the hand-off, another client, the therapist
 * the client shares with, a therapist without a share, a therapist whose share was
 * revoked, and an anonymous visitor. "login" means a redirect to the sign-in page. The
 * client is named by the id the therapist with access was given; the therapist whose
 * share was revoked uses the id they were given.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTests {

	private static final String PASSWORD = "a calm quiet river";

	private static final String JSON = "application/json";

	private static final String FORM = "application/x-www-form-urlencoded";

	private static final String HTML = "text/html";

	@LocalServerPort
	int port;

	final Map<Actor, Http> actors = new EnumMap<>(Actor.class);

	String owner;

	/** The id the therapist with access names the owner by. */
	String ownerId;

	/** The id the therapist whose share was revoked named the owner by. */
	String revokedId;

	long noteId;

	enum Actor {

		OWNER, OTHER_CLIENT, THERAPIST_WITH_ACCESS, THERAPIST_WITHOUT_ACCESS, THERAPIST_AFTER_REVOCATION, ANONYMOUS

	}

	/** One row: the request, then what each actor gets, in {@link Actor} order. */
	record Row(String method, String path, String body, String accept, String... expected) {

		String contentType() {
			return this.body != null && this.body.startsWith("{") ? JSON : FORM;
		}

	}

	static List<Row> table() {
		String c = "/api/v1/therapist/clients/{client}";
		String p = "/therapist/clients/{client}";
		return List.of(
				// the client's own hand-off: every account has its own, anonymous
				// visitors none
				new Row("GET", "/api/v1/handoff/intake", null, JSON, "200", "200", "200", "200", "200", "401"),
				new Row("PUT", "/api/v1/handoff/intake", "{\"version\": 999, \"intake\": {}}", JSON, "409", "409",
						"409", "409", "409", "401"),
				new Row("GET", "/api/v1/handoff/shares", null, JSON, "200", "200", "200", "200", "200", "401"),
				new Row("DELETE", "/api/v1/handoff/shares/999999999", null, JSON, "404", "404", "404", "404", "404",
						"401"),
				new Row("GET", "/api/v1/handoff/fhir", null, JSON, "200", "200", "200", "200", "200", "401"),
				new Row("GET", "/fhir/Questionnaire/easeback-intake", null, JSON, "200", "200", "200", "200", "200",
						"200"),
				new Row("GET", "/handoff", null, HTML, "200", "200", "200", "200", "200", "login"),
				new Row("GET", "/handoff/summary", null, HTML, "200", "200", "200", "200", "200", "login"),
				new Row("GET", "/handoff/summary.pdf", null, HTML, "200", "200", "200", "200", "200", "login"),
				// the therapist side: the role first, then the share, checked on every
				// request
				new Row("POST", "/api/v1/therapist/redeem", "{\"code\": \"ZZZZZZZZZZ\"}", JSON, "403", "403", "400",
						"400", "400", "401"),
				new Row("GET", "/api/v1/therapist/clients", null, JSON, "403", "403", "200", "200", "200", "401"),
				new Row("GET", c + "/summary", null, JSON, "403", "403", "200", "404", "404", "401"),
				new Row("GET", c + "/notes", null, JSON, "403", "403", "200", "404", "404", "401"),
				new Row("POST", c + "/notes", "{\"visitDate\": \"2026-03-01\", \"subjective\": \"Stiff\"}", JSON, "403",
						"403", "201", "404", "404", "401"),
				new Row("PUT", c + "/notes/{note}", "{\"version\": 999, \"subjective\": \"Changed\"}", JSON, "403",
						"403", "409", "404", "404", "401"),
				new Row("GET", c + "/routines", null, JSON, "403", "403", "200", "404", "404", "401"),
				new Row("POST", c + "/routines", "{\"itemId\": \"cat-cow\", \"howOften\": \"daily\"}", JSON, "403",
						"403", "201", "404", "404", "401"),
				new Row("GET", "/therapist", null, HTML, "403", "403", "200", "200", "200", "login"),
				new Row("GET", p, null, HTML, "403", "403", "200", "404", "404", "login"),
				new Row("GET", p + "/summary", null, HTML, "403", "403", "200", "404", "404", "login"),
				new Row("GET", p + "/summary.pdf", null, HTML, "403", "403", "200", "404", "404", "login"),
				new Row("POST", p + "/notes", "visitDate=2026-03-02&subjective=Better", HTML, "403", "403", "302",
						"404", "404", "login"),
				new Row("POST", p + "/routines", "itemId=cat-cow&howOften=daily", HTML, "403", "403", "302", "404",
						"404", "login"));
	}

	@BeforeAll
	void aClientSharesWithOneTherapistAndRevokedAnother() {
		this.owner = HandoffFixtures.someone();
		Http owner = signedIn(Actor.OWNER, this.owner, "CLIENT");
		owner.sendJson("PUT", "/api/v1/handoff/intake", HandoffFixtures.fullIntakeJson(0), true);
		signedIn(Actor.OTHER_CLIENT, HandoffFixtures.someone(), "CLIENT");
		Http with = signedIn(Actor.THERAPIST_WITH_ACCESS, HandoffFixtures.someone(), "THERAPIST");
		signedIn(Actor.THERAPIST_WITHOUT_ACCESS, HandoffFixtures.someone(), "THERAPIST");
		Http revoked = signedIn(Actor.THERAPIST_AFTER_REVOCATION, HandoffFixtures.someone(), "THERAPIST");
		Http anonymous = new Http(this.port);
		anonymous.get("/login", HTML);
		this.actors.put(Actor.ANONYMOUS, anonymous);

		this.ownerId = redeem(with, owner);
		this.revokedId = redeem(revoked, owner);
		HttpResponse<String> shares = owner.sendJson("GET", "/api/v1/handoff/shares", null, true);
		Matcher ids = Pattern.compile("\"id\":(\\d+)").matcher(shares.body());
		List<String> all = new ArrayList<>();
		while (ids.find()) {
			all.add(ids.group(1));
		}
		assertThat(all).hasSize(2);
		assertThat(owner.sendJson("DELETE", "/api/v1/handoff/shares/" + all.get(1), null, true).statusCode())
			.isEqualTo(204);

		HttpResponse<String> note = with.sendJson("POST", "/api/v1/therapist/clients/" + this.ownerId + "/notes",
				"{\"visitDate\": \"2026-03-01\", \"subjective\": \"First visit\"}", true);
		assertThat(note.statusCode()).isEqualTo(201);
		Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(note.body());
		assertThat(id.find()).isTrue();
		this.noteId = Long.parseLong(id.group(1));
	}

	@TestFactory
	Stream<DynamicTest> everyEndpointAnswersEveryActorAsTheTableSays() {
		return table().stream().flatMap(row -> Stream.of(Actor.values()).map(actor -> {
			String expected = row.expected()[actor.ordinal()];
			String client = (actor == Actor.THERAPIST_AFTER_REVOCATION) ? this.revokedId : this.ownerId;
			String path = row.path().replace("{client}", client).replace("{note}", Long.toString(this.noteId));
			return DynamicTest.dynamicTest(row.method() + " " + row.path() + " as " + actor + " gives " + expected,
					() -> {
						HttpResponse<String> response = this.actors.get(actor)
							.sendNoRedirect(row.method(), path, row.body(), row.contentType(), row.accept());
						if (expected.equals("login")) {
							assertThat(response.statusCode()).isEqualTo(302);
							assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login");
						}
						else {
							assertThat(response.statusCode()).as(response.body()).isEqualTo(Integer.parseInt(expected));
						}
					});
		}));
	}

	private Http signedIn(Actor actor, String email, String role) {
		Http http = new Http(this.port);
		http.registerAndSignIn(email, PASSWORD, role);
		this.actors.put(actor, http);
		return http;
	}

	/** Redeems a new code of {@code owner}'s: the id the therapist names the owner by. */
	private static String redeem(Http therapist, Http owner) {
		HttpResponse<String> share = owner.sendJson("POST", "/api/v1/handoff/shares", null, true);
		Matcher code = Pattern.compile("\"code\":\"([A-Z0-9]+)\"").matcher(share.body());
		assertThat(code.find()).as(share.body()).isTrue();
		HttpResponse<String> redeemed = therapist.sendJson("POST", "/api/v1/therapist/redeem",
				"{\"code\": \"" + code.group(1) + "\"}", true);
		assertThat(redeemed.statusCode()).as(redeemed.body()).isEqualTo(200);
		Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(redeemed.body());
		assertThat(id.find()).as(redeemed.body()).isTrue();
		return id.group(1);
	}

}
