package org.easeback.reliability;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.easeback.support.FullDisk;
import org.easeback.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full disk under the default H2 database: the real application on a random port, its
 * database file on {@link FullDisk}, which fails every write with "No space left on
 * device" while it is full. Saves must answer 503 (problem+json for the API, a page in
 * words for people), never 500; readiness goes DOWN while liveness stays UP; and once
 * space is back EaseBack saves again without a restart and every entry answered 201
 * before is still there. Hazard H41.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class FullDiskOnH2Tests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * The settings of the default URL (application.properties), on the full-able disk.
	 */
	static final String SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
			+ "AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;LOCK_TIMEOUT=10000;CACHE_SIZE=1024";

	private static final String PLAN = """
			{"mode":"SELF","minutes":10,"equipment":["TOWELS"],"soreSpots":["LUMBAR_LEFT"],"pressure":"LIGHT",
			 "safety":{"answers":{"saddle_numbness":false,"bladder_bowel_change":false,
			 "progressive_leg_weakness":false,"fever":false,"major_trauma":false,"both_legs_symptoms":false,
			 "cancer_history":false,"unexplained_weight_loss":false,"constant_night_pain":false,
			 "immune_or_iv_drug":false,"clot_history":false,"recent_back_surgery":false,
			 "severe_worsening_pain":false,"heart_condition":false,"blood_thinners":false,"osteoporosis":false,
			 "pregnant":false,"skin_problem":false},"age":40}}""";

	/** Writes tried while the disk is full. */
	private static final int WRITES_WHILE_FULL = 10;

	/** Readiness checks allowed after space returns before the test gives up. */
	private static final int READINESS_CHECKS = 50;

	@DynamicPropertySource
	static void databaseOnAFullableDisk(DynamicPropertyRegistry registry) {
		FullDisk.register();
		registry.add("spring.datasource.url", () -> "jdbc:h2:" + FullDisk.PREFIX + "file:./target/test-data/full-disk-"
				+ UUID.randomUUID() + "/easeback" + SETTINGS);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void freeTheDisk() {
		FullDisk.free();
	}

	@Test
	void aFullDiskAnswers503WithoutLosingAnythingAndEaseBackSavesAgainOnceSpaceReturns() {
		Http person = new Http(this.port);
		person.registerAndSignIn("full-disk@example.org", "a long enough password 1");
		Http anonymous = new Http(this.port);
		List<String> acknowledged = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			HttpResponse<String> saved = saveEntry(person, "before the disk filled " + i);
			assertThat(saved.statusCode()).isEqualTo(201);
			acknowledged.add("before the disk filled " + i);
		}
		Object probeWrittenAt = probeWrittenAt();
		assertThat(get(anonymous, "/actuator/health/readiness").statusCode()).isEqualTo(200);
		assertThat(probeWrittenAt()).as("a healthy readiness check writes nothing").isEqualTo(probeWrittenAt);

		FullDisk.fill();

		for (int i = 0; i < WRITES_WHILE_FULL; i++) {
			HttpResponse<String> refused = i % 2 == 0 ? saveEntry(person, "while the disk is full " + i)
					: anonymous.postJson("/api/v1/plans", PLAN);
			assertThat(refused.statusCode()).as("write %d while the disk is full", i).isEqualTo(503);
			assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(refused.headers().firstValue("Retry-After"))
				.hasValueSatisfying((seconds) -> assertThat(Integer.parseInt(seconds)).isPositive());
			JsonNode problem = JSON.readTree(refused.body());
			assertThat(problem.get("status").asInt()).isEqualTo(503);
			assertThat(problem.get("detail").asString()).contains("cannot save", "Nothing you saved before is lost");
			assertThat(refused.body()).doesNotContain("Exception", "at org.", "h2");
		}
		HttpResponse<String> readiness = get(anonymous, "/actuator/health/readiness");
		assertThat(readiness.statusCode()).isEqualTo(503);
		assertThat(readiness.body()).contains("DOWN");
		HttpResponse<String> liveness = get(anonymous, "/actuator/health/liveness");
		assertThat(liveness.statusCode()).isEqualTo(200);
		assertThat(liveness.body()).contains("UP");
		HttpResponse<String> page = person.postForm("/diary", "/diary/entries",
				Map.of("pain", "4", "note", "a page save while the disk is full"));
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).contains("EaseBack cannot save right now", "Nothing you saved before is lost")
			.doesNotContain("Exception", "at org.");

		FullDisk.free();

		int checks = 0;
		while (get(anonymous, "/actuator/health/readiness").statusCode() != 200 && ++checks < READINESS_CHECKS) {
			org.easeback.support.AppProcess.sleep(100);
		}
		assertThat(checks).as("readiness checks until UP once space returned").isLessThan(READINESS_CHECKS);
		HttpResponse<String> after = saveEntry(person, "after space returned");
		assertThat(after.statusCode()).as("the first save once readiness is UP again").isEqualTo(201);
		acknowledged.add("after space returned");
		assertThat(anonymous.postJson("/api/v1/plans", PLAN).statusCode()).isEqualTo(201);
		assertThat(person.get("/diary", "text/html").statusCode()).isEqualTo(200);
		Set<String> stored = notes(person);
		assertThat(stored).as("every entry answered 201").containsAll(acknowledged);
		assertThat(stored).as("no entry answered 503").noneMatch((note) -> note.contains("disk is full"));
	}

	private Object probeWrittenAt() {
		return this.jdbc.queryForObject("SELECT written_at FROM storage_probe WHERE id = 1", Object.class);
	}

	private static HttpResponse<String> saveEntry(Http person, String note) {
		return person.sendJson("POST", "/api/v1/diary/entries", """
				{"pain": 4, "tags": ["MORNING"], "note": "%s"}""".formatted(note), true);
	}

	private static HttpResponse<String> get(Http http, String path) {
		return http.get(path, "application/json");
	}

	private static Set<String> notes(Http person) {
		HttpResponse<String> response = person.get("/api/v1/diary/entries?size=100", "application/json");
		assertThat(response.statusCode()).isEqualTo(200);
		Set<String> notes = new HashSet<>();
		JSON.readTree(response.body())
			.get("items")
			.valueStream()
			.forEach((item) -> notes.add(item.get("note").asString()));
		return notes;
	}

}
