package org.easeback.reliability;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Function;

import org.easeback.support.AppProcess;
import org.easeback.support.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two EaseBack processes, A and B, on one PostgreSQL database (as behind a load
 * balancer): a session started on A works on B (Spring Session JDBC), and the same diary
 * entry, intake and SOAP note changed at the same moment from A and from B ends with
 * exactly one change applied and the other answered 409 problem+json, never a lost
 * update.
 */
class TwoProcessesOnPostgresTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String PASSWORD = "a long enough password 1";

	/** Rounds of simultaneous edits per record. */
	private static final int ROUNDS = 8;

	@TempDir
	static Path work;

	private static AppProcess a;

	private static AppProcess b;

	@BeforeAll
	static void start() {
		String database = AppProcess.newPostgresDatabase();
		CompletableFuture<AppProcess> first = CompletableFuture
			.supplyAsync(() -> AppProcess.onPostgres(database, work.resolve("a.log")));
		CompletableFuture<AppProcess> second = CompletableFuture
			.supplyAsync(() -> AppProcess.onPostgres(database, work.resolve("b.log")));
		a = first.join();
		b = second.join();
	}

	@AfterAll
	static void stop() {
		try {
			if (a != null) {
				a.close();
			}
			if (b != null) {
				b.close();
			}
		}
		finally {
			AppProcess.releasePostgres();
		}
	}

	@Test
	void shouldContinueASessionStartedOnOneProcessOnTheOther() {
		Http onA = new Http(a.port());
		onA.registerAndSignIn("both@example.org", PASSWORD);
		Http onB = onA.sameSessionOn(b.port());
		HttpResponse<String> me = onB.get("/api/v1/account", "application/json");
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains("both@example.org");
		// a write on B with the session and CSRF token from A
		HttpResponse<String> created = onB.sendJson("POST", "/api/v1/diary/entries", "{\"pain\": 3}", true);
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(onA.get("/api/v1/diary/entries", "application/json").body()).contains("\"total\":1");
		assertThat(new Http(b.port()).get("/api/v1/account", "application/json").statusCode())
			.as("B without the cookie")
			.isEqualTo(401);
	}

	@Test
	void shouldApplyExactlyOneOfTwoSimultaneousEditsOfADiaryEntry() {
		Http onA = new Http(a.port());
		onA.registerAndSignIn("diary-race@example.org", PASSWORD);
		Http onB = onA.sameSessionOn(b.port());
		JsonNode entry = JSON.readTree(onA.sendJson("POST", "/api/v1/diary/entries", "{\"pain\": 5}", true).body());
		String path = "/api/v1/diary/entries/" + entry.get("id").asLong();
		race(onA, onB, path, "PUT",
				(who, version) -> "{\"pain\": 5, \"note\": \"%s\", \"version\": %d}".formatted(who, version),
				read -> read.get("version").asInt(), read -> read.get("note").asString(), 0);
	}

	@Test
	void shouldApplyExactlyOneOfTwoSimultaneousSavesOfTheIntake() {
		Http onA = new Http(a.port());
		onA.registerAndSignIn("intake-race@example.org", PASSWORD);
		Http onB = onA.sameSessionOn(b.port());
		// round 0 is the very first save (version 0), from both at once
		race(onA, onB, "/api/v1/handoff/intake", "PUT",
				(who, version) -> "{\"version\": %d, \"intake\": {\"goals\": \"%s\"}}".formatted(version, who),
				read -> read.get("version").asInt(), read -> read.get("intake").get("goals").asString(), 0);
	}

	@Test
	void shouldApplyExactlyOneOfTwoSimultaneousAmendmentsOfASoapNote() {
		Http client = new Http(a.port());
		client.registerAndSignIn("soap-client@example.org", PASSWORD);
		String code = JSON.readTree(client.sendJson("POST", "/api/v1/handoff/shares", null, true).body())
			.get("code")
			.asString();
		Http therapistOnA = new Http(a.port());
		therapistOnA.registerAndSignIn("soap-therapist@example.org", PASSWORD, "THERAPIST");
		Http therapistOnB = therapistOnA.sameSessionOn(b.port());
		HttpResponse<String> redeemed = therapistOnB.sendJson("POST", "/api/v1/therapist/redeem",
				"{\"code\": \"" + code + "\"}", true);
		assertThat(redeemed.statusCode()).isEqualTo(200);
		String notes = "/api/v1/therapist/clients/" + JSON.readTree(redeemed.body()).get("id").asString() + "/notes";
		HttpResponse<String> written = therapistOnA.sendJson("POST", notes,
				"{\"visitDate\": \"2026-11-20\", \"subjective\": \"first visit\"}", true);
		assertThat(written.statusCode()).as(written.body()).isEqualTo(201);
		long id = JSON.readTree(written.body()).get("id").asLong();
		race(therapistOnA, therapistOnB, notes + "/" + id, "PUT",
				(who, version) -> "{\"version\": %d, \"subjective\": \"%s\", \"reason\": \"race\"}".formatted(version,
						who),
				read -> current(read).get("version").asInt(),
				read -> current(read).get("content").get("subjective").asString(), 1);
		// every amendment that was answered 200 is a version of the note: nothing
		// replaced
		JsonNode note = JSON.readTree(therapistOnA.get(notes, "application/json").body()).get(0);
		assertThat(note.get("versions").size()).isEqualTo(1 + ROUNDS);
	}

	private static JsonNode current(JsonNode note) {
		JsonNode versions = note.get("versions");
		return versions.get(versions.size() - 1);
	}

	interface Body {

		String of(String who, int version);

	}

	/**
	 * {@link #ROUNDS} times: A and B send a change based on the same version at the same
	 * moment; exactly one is answered 200, the other 409 problem+json, and the record
	 * then holds the winner's change at the next version.
	 */
	private static void race(Http onA, Http onB, String path, String method, Body body,
			Function<JsonNode, Integer> versionOf, Function<JsonNode, String> valueOf, int firstVersion) {
		int version = firstVersion;
		List<String> winners = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			int at = version;
			CyclicBarrier together = new CyclicBarrier(2);
			String whoA = "A" + round;
			String whoB = "B" + round;
			CompletableFuture<HttpResponse<String>> fromA = CompletableFuture
				.supplyAsync(() -> send(onA, together, method, path, body.of(whoA, at)));
			CompletableFuture<HttpResponse<String>> fromB = CompletableFuture
				.supplyAsync(() -> send(onB, together, method, path, body.of(whoB, at)));
			HttpResponse<String> answerA = fromA.join();
			HttpResponse<String> answerB = fromB.join();
			List<Integer> statuses = List.of(answerA.statusCode(), answerB.statusCode());
			assertThat(statuses).as("round %d: %s / %s", round, answerA.body(), answerB.body())
				.containsExactlyInAnyOrder(200, 409);
			HttpResponse<String> lost = answerA.statusCode() == 409 ? answerA : answerB;
			assertThat(lost.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(JSON.readTree(lost.body()).get("status").asInt()).isEqualTo(409);
			String winner = answerA.statusCode() == 200 ? whoA : whoB;
			winners.add(winner);
			JsonNode stored = path.contains("/notes/") ? readNote(onA, path)
					: JSON.readTree(onA.get(path, "application/json").body());
			assertThat(valueOf.apply(stored)).as("round %d: the winner's change is the one stored", round)
				.isEqualTo(winner);
			assertThat(versionOf.apply(stored)).isEqualTo(at + 1);
			version = at + 1;
		}
		assertThat(winners).hasSize(ROUNDS);
	}

	private static JsonNode readNote(Http http, String path) {
		String list = path.substring(0, path.lastIndexOf('/'));
		long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
		for (JsonNode note : JSON.readTree(http.get(list, "application/json").body())) {
			if (note.get("id").asLong() == id) {
				return note;
			}
		}
		throw new AssertionError("note " + id + " not listed");
	}

	private static HttpResponse<String> send(Http http, CyclicBarrier together, String method, String path,
			String body) {
		try {
			together.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return http.sendJson(method, path, body, true);
	}

}
