package org.easeback.reliability;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.easeback.support.Endpoints;
import org.easeback.support.Endpoints.Endpoint;
import org.easeback.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No request body and no health value reaches a log or a file beside the database (hazard
 * H44): a marker sent through every write path, as valid input and as refused input,
 * through the API and the page forms, and through a save the database refuses, is found
 * neither in the application's log output nor in any file of the data folder other than
 * the database itself (H2's trace file, which backups pick up, among them).
 * <p>
 * Its own context: it narrows a column to make the database refuse a save.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "easeback.test.context=no-health-data-in-logs")
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class NoHealthDataInLogsTests {

	private static final String PASSWORD = "a calm quiet river";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Letters and digits only: a log or an H2 message would not escape it. */
	private final String marker = "Qz" + UUID.randomUUID().toString().replace("-", "") + "mark";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aMarkerSentThroughEveryWritePathIsInNoLogAndNoFileBesideTheDatabase(CapturedOutput output) throws IOException {
		String clientEmail = "client-" + UUID.randomUUID() + "@example.org";
		Http client = new Http(this.port);
		client.registerAndSignIn(clientEmail, PASSWORD + " " + this.marker);
		Http therapist = new Http(this.port);
		therapist.registerAndSignIn("therapist-" + UUID.randomUUID() + "@example.org", PASSWORD, "THERAPIST");

		saveTheDatabaseRefuses(client);
		validWrites(client, therapist);
		refusedWritesToEveryEndpoint(new Http(this.port), client, therapist);

		assertThat(output.getAll()).as("the log output").doesNotContain(this.marker);
		assertThat(output.getAll()).as("the log output shows the refused save").contains("Unexpected error");
		for (Path file : filesBesideTheDatabase()) {
			assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).as(file.toString())
				.doesNotContain(this.marker);
		}
	}

	/**
	 * A save that fails in the database: the intake column narrowed so the insert fails
	 * with a message quoting the start of the document, the way a too-narrow column did.
	 */
	private void saveTheDatabaseRefuses(Http client) {
		this.jdbc.sql("ALTER TABLE handoff_intake ALTER COLUMN document SET DATA TYPE VARCHAR(40)").update();
		try {
			HttpResponse<String> api = client.sendJson("PUT", "/api/v1/handoff/intake",
					"{\"version\": 0, \"intake\": {\"conditions\": [\"" + this.marker + "\"]}}", true);
			HttpResponse<String> page = client.postForm("/handoff", "/handoff",
					Map.of("version", "0", "conditions", this.marker));
			assertThat(api.statusCode()).isEqualTo(500);
			assertThat(page.statusCode()).isEqualTo(500);
		}
		finally {
			this.jdbc.sql("ALTER TABLE handoff_intake ALTER COLUMN document SET DATA TYPE TEXT").update();
		}
	}

	private void validWrites(Http client, Http therapist) {
		String m = this.marker;
		// safety check and plan, through the API and the pages
		client.sendJson("POST", "/api/v1/safety-checks", "{\"answers\": {}, \"allergies\": [\"" + m + "\"]}", true);
		client.postForm("/check", "/check", Map.of("otherAllergies", m));
		HttpResponse<String> plan = client.sendJson("POST", "/api/v1/plans",
				"{\"mode\": \"SELF\", \"minutes\": 10, \"safety\": {\"answers\": {}, \"allergies\": [\"" + m + "\"]}}",
				true);
		client.postFormNoRedirect("/check?mode=SELF", "/plan/form", "mode=SELF&answers.fever=no&otherAllergies=" + m);
		client.postFormNoRedirect("/check?mode=SELF", "/check/change", "mode=SELF&otherAllergies=" + m);
		client.postFormNoRedirect("/check?mode=SELF", "/plan",
				"mode=SELF&minutes=10&equipment=MAT&pressure=MEDIUM&otherAllergies=" + m);
		// a guided session, finished, so the diary records it
		String events = plan.headers().firstValue("Location").orElseThrow() + "/events";
		client.sendJson("POST", events, "{\"type\": \"STARTED\", \"painBefore\": 6}", true);
		client.sendJson("POST", events, "{\"type\": \"FEEDBACK\", \"stepIndex\": 0, \"feedback\": \"GOOD\"}", true);
		client.sendJson("POST", events, "{\"type\": \"COMPLETED\", \"painAfter\": 3}", true);
		// diary entries and episodes
		assertThat(client.sendJson("POST", "/api/v1/diary/entries", "{\"pain\": 4, \"note\": \"" + m + "\"}", true)
			.statusCode()).isEqualTo(201);
		client.postForm("/diary", "/diary/entries", Map.of("pain", "5", "note", m));
		client.sendJson("POST", "/api/v1/diary/episodes", "{\"onset\": \"2026-01-02\"}", true);
		// the intake, through the API and the page
		assertThat(
				client
					.sendJson("PUT", "/api/v1/handoff/intake",
							"{\"version\": 0, \"intake\": {\"conditions\": [\"" + m + "\"], \"history\": \"" + m
									+ "\"}}",
							true)
					.statusCode())
			.isEqualTo(200);
		client.postForm("/handoff", "/handoff", Map.of("version", "1", "conditions", m, "goals", m));
		// the account: its password, and an import
		client.postForm("/account", "/account/password",
				Map.of("currentPassword", PASSWORD + " " + m, "newPassword", PASSWORD + " " + m + " new"));
		client.sendJson("POST", "/api/v1/account/import", "{\"format\": \"easeback-personal-data\", \"diary\": "
				+ "{\"entries\": [{\"takenAt\": \"2026-01-03T10:00:00Z\", \"pain\": 2, \"note\": \"" + m + "\"}]}}",
				true);
		// the therapist: a SOAP note and a home routine, through the API and the pages
		String code = JSON.readTree(client.sendJson("POST", "/api/v1/handoff/shares", null, true).body())
			.get("code")
			.asString();
		String clientId = JSON
			.readTree(
					therapist.sendJson("POST", "/api/v1/therapist/redeem", "{\"code\": \"" + code + "\"}", true).body())
			.get("id")
			.asString();
		String api = "/api/v1/therapist/clients/" + clientId;
		assertThat(therapist
			.sendJson("POST", api + "/notes", "{\"visitDate\": \"2026-11-20\", \"subjective\": \"" + m + "\"}", true)
			.statusCode()).isEqualTo(201);
		therapist.sendJson("POST", api + "/routines", "{\"itemId\": \"cat-cow\", \"howOften\": \"" + m + "\"}", true);
		String page = "/therapist/clients/" + clientId;
		therapist.postForm(page, page + "/notes", Map.of("visitDate", "2026-11-21", "assessment", m));
		therapist.postForm(page, page + "/routines", Map.of("itemId", "cat-cow", "howOften", m));
	}

	/**
	 * Every endpoint that changes something, sent the marker as anonymous, as a client
	 * and as a therapist: in the address, in a JSON body that is malformed, misspelt or
	 * of the wrong type, in a form, and in a text too long to accept.
	 */
	private void refusedWritesToEveryEndpoint(Http... people) {
		String m = this.marker;
		List<String> jsonBodies = List.of("{\"" + m + "\": 1}", "{\"note\": " + m + "}", "[" + m + "]",
				"{\"type\": \"" + m + "\", \"feedback\": \"" + m + "\", \"pain\": \"" + m + "\"}",
				"{\"pain\": 3, \"note\": \"" + m + "x".repeat(5000) + "\", \"takenAt\": \"" + m + "\"}",
				"{\"version\": 0, \"intake\": {\"conditions\": [\"" + m + "x".repeat(300) + "\"], \"allergies\": [\""
						+ m + "\"]}}",
				"{\"visitDate\": \"" + m + "\", \"subjective\": \"" + m + "x".repeat(5000) + "\"}",
				"{\"answers\": {\"" + m + "\": true}, \"age\": \"" + m + "\"}");
		String form = "pain=" + m + "&note=" + m + "x".repeat(3000) + "&conditions=" + m + "&email=" + m + "&password="
				+ m + "&" + m + "=" + m;
		List<Endpoint> writes = Endpoints.of(this.context).stream().filter(Endpoint::changesState).toList();
		for (Http person : people) {
			person.get("/", "text/html");
			for (Endpoint endpoint : writes) {
				String path = endpoint.examplePath(URLEncoder.encode(m, StandardCharsets.UTF_8));
				if (path.endsWith("/logout") || path.contains("delete")) {
					continue;
				}
				for (String body : jsonBodies) {
					person.raw(endpoint.method(), path, "application/json", body, true);
				}
				person.raw(endpoint.method(), path, "application/x-www-form-urlencoded", form, true);
			}
		}
	}

	/** Every file in the database's folder that is not the database itself. */
	private List<Path> filesBesideTheDatabase() throws IOException {
		Path database = Path.of(this.jdbc.sql("SELECT DATABASE_PATH()").query(String.class).single());
		List<Path> files = new ArrayList<>();
		try (Stream<Path> all = Files.walk(database.getParent())) {
			all.filter(Files::isRegularFile)
				.filter(f -> !f.getFileName().toString().endsWith(".mv.db"))
				.forEach(files::add);
		}
		return files;
	}

}
