package org.easeback.reliability;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.easeback.support.AppProcess;
import org.easeback.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crash consistency: EaseBack runs as a separate process, four threads write diary
 * entries through the API (each in a transaction) and four more save plans anonymously
 * (each committed on its own), the process is killed with SIGKILL in the middle of the
 * writing, restarted on the same database, and every entry and plan that was acknowledged
 * with 201 must be there. Written once, run on H2 (its file database) and on PostgreSQL.
 */
abstract class CrashConsistencyTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int WRITERS = 4;

	private static final int PLAN_WRITERS = 4;

	private static final String PLAN = """
			{"mode":"PARTNER","minutes":15,"equipment":["BED","OIL","TOWELS","PILLOW"],"soreSpots":["LUMBAR_LEFT"],
			 "pressure":"MEDIUM","safety":{"answers":{"saddle_numbness":false,"bladder_bowel_change":false,
			 "progressive_leg_weakness":false,"fever":false,"major_trauma":false,"both_legs_symptoms":false,
			 "cancer_history":false,"unexplained_weight_loss":false,"constant_night_pain":false,
			 "immune_or_iv_drug":false,"clot_history":false,"recent_back_surgery":false,
			 "severe_worsening_pain":false,"heart_condition":false,"blood_thinners":false,"osteoporosis":false,
			 "pregnant":false,"skin_problem":false},"age":40}}""";

	/** Entries acknowledged before the kill; the kill comes while writers still write. */
	private static final int ACKNOWLEDGED_BEFORE_KILL = 60;

	@TempDir
	Path work;

	/** Starts EaseBack on this test's database (the same one each time). */
	abstract AppProcess start(Path log);

	@Test
	void shouldKeepEveryAcknowledgedEntryWhenTheProcessIsKilledWhileWriting() throws Exception {
		String email = "crash@example.org";
		String password = "a long enough password 1";
		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		Set<String> plans = ConcurrentHashMap.newKeySet();
		AtomicInteger failed = new AtomicInteger();
		AtomicBoolean stop = new AtomicBoolean();
		int exit;
		AppProcess app = start(this.work.resolve("first.log"));
		try {
			Http http = new Http(app.port());
			http.registerAndSignIn(email, password);
			assertThat(http.get("/api/v1/account", "application/json").statusCode()).isEqualTo(200);
			ExecutorService writers = Executors.newFixedThreadPool(WRITERS + PLAN_WRITERS);
			for (int w = 0; w < WRITERS; w++) {
				int writer = w;
				writers.submit(() -> write(http, writer, acknowledged, failed, stop));
			}
			Http anonymous = new Http(app.port());
			for (int w = 0; w < PLAN_WRITERS; w++) {
				writers.submit(() -> writePlans(anonymous, plans, failed, stop));
			}
			long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
			while ((acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL || plans.size() < ACKNOWLEDGED_BEFORE_KILL)
					&& System.nanoTime() < deadline && failed.get() == 0) {
				Thread.sleep(20);
			}
			assertThat(failed.get()).as("answers other than 201 before the kill").isZero();
			// SIGKILL while the four writers are mid-request: no shutdown hook, no flush
			exit = app.kill();
			stop.set(true);
			writers.shutdown();
			assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			app.close();
		}
		assertThat(exit).as("exit code of a process killed by SIGKILL (128 + 9)").isEqualTo(137);
		assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
		assertThat(plans).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);

		try (AppProcess restarted = start(this.work.resolve("second.log"))) {
			Http http = new Http(restarted.port());
			http.postForm("/login", "/login", java.util.Map.of("email", email, "password", password));
			Set<String> stored = notes(http);
			assertThat(stored).as("every entry acknowledged with 201 before the SIGKILL").containsAll(acknowledged);
			// at most the requests in flight at the kill may have been stored
			// unacknowledged
			assertThat(stored.size() - acknowledged.size()).isBetween(0, WRITERS);
			Http anonymous = new Http(restarted.port());
			assertThat(plans).as("every plan acknowledged with 201 before the SIGKILL")
				.allSatisfy(id -> assertThat(anonymous.get("/api/v1/plans/" + id, "application/json").statusCode())
					.as("GET /api/v1/plans/%s", id)
					.isEqualTo(200));
		}
	}

	private static void writePlans(Http http, Set<String> plans, AtomicInteger failed, AtomicBoolean stop) {
		writeUntilStopped(http, i -> new Write("/api/v1/plans", PLAN, false,
				response -> JSON.readTree(response.body()).get("id").asString()), plans, failed, stop);
	}

	private static void write(Http http, int writer, Set<String> acknowledged, AtomicInteger failed,
			AtomicBoolean stop) {
		writeUntilStopped(http, i -> {
			String note = "writer " + writer + " entry " + i;
			String body = """
					{"pain": %d, "pegAverage": 4, "pegEnjoyment": 3, "pegActivity": 5,
					 "regions": [{"region": "LUMBAR_LEFT", "intensity": 6}], "tags": ["MORNING"], "note": "%s"}"""
				.formatted(i % 11, note);
			return new Write("/api/v1/diary/entries", body, true, response -> note);
		}, acknowledged, failed, stop);
	}

	/**
	 * Sends the i-th write until told to stop or until the process dies, adding what each
	 * 201 acknowledges; any other answer before the stop counts as a failure.
	 */
	private static void writeUntilStopped(Http http, IntFunction<Write> writes, Set<String> acknowledged,
			AtomicInteger failed, AtomicBoolean stop) {
		for (int i = 0; !stop.get(); i++) {
			Write write = writes.apply(i);
			HttpResponse<String> response;
			try {
				response = http.sendJson("POST", write.path(), write.body(), write.withCsrf());
			}
			catch (RuntimeException ex) {
				// the connection died with the process: not acknowledged
				return;
			}
			if (response.statusCode() == 201) {
				acknowledged.add(write.acknowledged().apply(response));
			}
			else if (!stop.get()) {
				failed.incrementAndGet();
				return;
			}
		}
	}

	/** One POST, and what its 201 acknowledges (a note, a plan id). */
	private record Write(String path, String body, boolean withCsrf,
			Function<HttpResponse<String>, String> acknowledged) {
	}

	private static Set<String> notes(Http http) {
		Set<String> notes = new HashSet<>();
		for (int page = 0;; page++) {
			HttpResponse<String> response = http.get("/api/v1/diary/entries?size=100&page=" + page, "application/json");
			assertThat(response.statusCode()).isEqualTo(200);
			List<JsonNode> items = JSON.readTree(response.body()).get("items").valueStream().toList();
			items.forEach(item -> notes.add(item.get("note").asString()));
			if (items.size() < 100) {
				return notes;
			}
		}
	}

}
