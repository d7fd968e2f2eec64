package org.easeback.diary.web;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.easeback.session.SessionFinished;
import org.easeback.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The diary API on the running server, as two real users with their own sessions and CSRF
 * tokens: every endpoint is private, scoped to its user, and answers another user's ids
 * with 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DiaryApiTests {

	private static final String PASSWORD = "a calm quiet river";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	Http alice;

	Http bob;

	String aliceEmail;

	@BeforeEach
	void twoUsers() {
		this.aliceEmail = "alice-" + UUID.randomUUID() + "@example.org";
		this.alice = new Http(this.port);
		this.alice.registerAndSignIn(this.aliceEmail, PASSWORD);
		this.bob = new Http(this.port);
		this.bob.registerAndSignIn("bob-" + UUID.randomUUID() + "@example.org", PASSWORD);
	}

	private HttpResponse<String> send(Http user, String method, String path, String json) {
		return user.sendJson(method, path, json, true);
	}

	private long addEntry(Http user, String json) {
		HttpResponse<String> created = send(user, "POST", "/api/v1/diary/entries", json);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(created.body());
		assertThat(id.find()).isTrue();
		return Long.parseLong(id.group(1));
	}

	private static void assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	@Test
	void everyDiaryEndpointAnswersAnAnonymousCallWith401ProblemJson() {
		Http anonymous = new Http(this.port);
		for (String path : List.of("/api/v1/diary/entries", "/api/v1/diary/entries/1", "/api/v1/diary/entries.csv",
				"/api/v1/diary/sessions", "/api/v1/diary/episodes", "/api/v1/diary/summary", "/api/v1/diary/series")) {
			assertProblem(anonymous.get(path, "application/json"), 401);
		}
		assertProblem(anonymous.postJson("/api/v1/diary/entries", "{\"pain\": 3}"), 401);
		assertProblem(anonymous.sendJson("DELETE", "/api/v1/diary/entries/1", null, false), 401);
	}

	@Test
	void anEntryIsAddedReadChangedAndDeleted() {
		long id = addEntry(this.alice,
				"{\"pain\": 6, \"pegAverage\": 5, \"pegEnjoyment\": 4, \"pegActivity\": 3, "
						+ "\"regions\": [{\"region\": \"LUMBAR_LEFT\", \"intensity\": 7}], \"tags\": [\"MORNING\"], "
						+ "\"note\": \"stiff\"}");

		HttpResponse<String> read = this.alice.get("/api/v1/diary/entries/" + id, "application/json");
		assertThat(read.body()).contains("\"pain\":6", "\"pegScore\":4.0", "\"region\":\"LUMBAR_LEFT\"",
				"\"intensity\":7", "\"MORNING\"", "\"version\":0");

		HttpResponse<String> changed = send(this.alice, "PUT", "/api/v1/diary/entries/" + id,
				"{\"pain\": 4, \"version\": 0}");
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.body()).contains("\"pain\":4", "\"version\":1");

		assertThat(send(this.alice, "DELETE", "/api/v1/diary/entries/" + id, null).statusCode()).isEqualTo(204);
		assertProblem(this.alice.get("/api/v1/diary/entries/" + id, "application/json"), 404);
	}

	@Test
	void aStaleChangeIsAConflict() {
		long id = addEntry(this.alice, "{\"pain\": 6}");
		send(this.alice, "PUT", "/api/v1/diary/entries/" + id, "{\"pain\": 5, \"version\": 0}");

		assertProblem(send(this.alice, "PUT", "/api/v1/diary/entries/" + id, "{\"pain\": 2, \"version\": 0}"), 409);
		assertThat(this.alice.get("/api/v1/diary/entries/" + id, "application/json").body()).contains("\"pain\":5");
	}

	@Test
	void badValuesAreNamedField() {
		String future = Instant.now().plus(Duration.ofDays(1)).toString();
		HttpResponse<String> response = send(this.alice, "POST", "/api/v1/diary/entries",
				"{\"pain\": 11, " + "\"takenAt\": \"" + future + "\", \"pegActivity\": -1, \"note\": \""
						+ "x".repeat(2001) + "\", " + "\"regions\": [{\"region\": \"SACRUM\", \"intensity\": 12}]}");

		assertProblem(response, 400);
		assertThat(response.body()).contains("\"field\":\"pain\"", "\"field\":\"takenAt\"", "\"field\":\"pegActivity\"",
				"\"field\":\"note\"", "\"field\":\"regions[0].intensity\"");
	}

	@Test
	void anUnknownAreaOrTagIsABadRequest() {
		assertProblem(send(this.alice, "POST", "/api/v1/diary/entries",
				"{\"pain\": 3, \"regions\": [{\"region\": \"ELBOW\", \"intensity\": 2}]}"), 400);
		assertProblem(send(this.alice, "POST", "/api/v1/diary/entries", "{\"pain\": 3, \"tags\": [\"DANCING\"]}"), 400);
	}

	@Test
	void anotherUsersEntryIsNotFoundForReadingChangingAndDeleting() {
		long id = addEntry(this.alice, "{\"pain\": 6, \"note\": \"alice's secret\"}");

		assertProblem(this.bob.get("/api/v1/diary/entries/" + id, "application/json"), 404);
		assertProblem(send(this.bob, "PUT", "/api/v1/diary/entries/" + id, "{\"pain\": 1, \"version\": 0}"), 404);
		assertProblem(send(this.bob, "DELETE", "/api/v1/diary/entries/" + id, null), 404);
		assertThat(this.alice.get("/api/v1/diary/entries/" + id, "application/json").body()).contains("\"pain\":6");
	}

	@Test
	void listsCsvSummaryAndSeriesShowOnlyTheUsersOwnEntries() {
		addEntry(this.alice, "{\"pain\": 9, \"note\": \"alice's secret\"}");
		addEntry(this.bob, "{\"pain\": 2, \"note\": \"bob's own\"}");

		for (String path : List.of("/api/v1/diary/entries", "/api/v1/diary/entries.csv", "/api/v1/diary/series")) {
			String body = this.bob.get(path, "*/*").body();
			assertThat(body).as(path).doesNotContain("alice's secret", "\"pain\":9", ",9,");
		}
		assertThat(this.bob.get("/api/v1/diary/entries", "application/json").body()).contains("bob's own",
				"\"total\":1");
		assertThat(this.bob.get("/api/v1/diary/summary", "application/json").body()).contains("\"entries\":1");
	}

	@Test
	void sessionsAreListedOnlyForTheUserWhoRanThem() throws InterruptedException {
		this.transactions
			.executeWithoutResult(s -> this.events.publishEvent(new SessionFinished(UUID.randomUUID(), this.aliceEmail,
					"SELF", 15, List.of("tennis-balls"), 6, 4, false, null, null, List.of("GOOD"), Instant.now())));
		Instant deadline = Instant.now().plusSeconds(20);
		while (!this.alice.get("/api/v1/diary/sessions", "application/json").body().contains("tennis-balls")
				&& Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
		}

		assertThat(this.alice.get("/api/v1/diary/sessions", "application/json").body()).contains("tennis-balls",
				"\"painBefore\":6", "\"painAfter\":4");
		assertThat(this.bob.get("/api/v1/diary/sessions", "application/json").body()).isEqualTo("[]");
		assertThat(this.bob.get("/api/v1/diary/series", "application/json").body()).contains("\"sessions\":[]");
	}

	@Test
	void episodesAreScopedAndAnotherUsersEpisodeIsNotFound() {
		HttpResponse<String> created = send(this.alice, "POST", "/api/v1/diary/episodes",
				"{\"onset\": \"" + LocalDate.now().minusWeeks(14) + "\"}");
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.body()).contains("\"classification\":\"CHRONIC\"");
		Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(created.body());
		assertThat(id.find()).isTrue();

		assertThat(this.bob.get("/api/v1/diary/episodes", "application/json").body()).isEqualTo("[]");
		assertProblem(send(this.bob, "DELETE", "/api/v1/diary/episodes/" + id.group(1), null), 404);
		assertThat(this.alice.get("/api/v1/diary/summary", "application/json").body()).contains("LONG_EPISODE",
				"more than 12");
		assertThat(this.bob.get("/api/v1/diary/summary", "application/json").body()).doesNotContain("LONG_EPISODE");
		assertThat(send(this.alice, "DELETE", "/api/v1/diary/episodes/" + id.group(1), null).statusCode())
			.isEqualTo(204);
	}

	@Test
	void anEpisodeStartingInTheFutureIsABadRequestNamingOnset() {
		HttpResponse<String> response = send(this.alice, "POST", "/api/v1/diary/episodes",
				"{\"onset\": \"" + LocalDate.now().plusDays(2) + "\"}");
		assertProblem(response, 400);
		assertThat(response.body()).contains("\"field\":\"onset\"");
	}

	@Test
	void theCsvExportQuotesFieldsAndDefusesFormulas() {
		addEntry(this.alice, "{\"pain\": 3, \"note\": \"=HYPERLINK(\\\"http://evil\\\"), then \\\"quotes\\\"\", "
				+ "\"tags\": [\"MORNING\", \"STRESS\"]}");

		HttpResponse<String> csv = this.alice.get("/api/v1/diary/entries.csv", "text/csv");

		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
		assertThat(csv.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying(d -> assertThat(d).contains("attachment"));
		assertThat(csv.body()).startsWith("taken_at,pain,peg_average,peg_enjoyment,peg_activity,regions,tags,note\r\n")
			.contains(",3,,,,,MORNING;STRESS,\"'=HYPERLINK(\"\"http://evil\"\"), then \"\"quotes\"\"\"\r\n");
	}

	@Test
	void anEntryWithoutANoteIsExportedWithAnEmptyNoteField() {
		addEntry(this.alice, "{\"pain\": 4, \"tags\": [\"EVENING\"]}");

		HttpResponse<String> csv = this.alice.get("/api/v1/diary/entries.csv", "text/csv");

		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body()).endsWith(",4,,,,,EVENING,\r\n");
	}

	@Test
	void aWriteWithTheSessionCookieButNoCsrfTokenIsForbidden() {
		HttpResponse<String> response = this.alice.sendJson("POST", "/api/v1/diary/entries", "{\"pain\": 3}", false);

		assertProblem(response, 403);
		assertThat(this.alice.get("/api/v1/diary/entries", "application/json").body()).contains("\"total\":0");
	}

}
