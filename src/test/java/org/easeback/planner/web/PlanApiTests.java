package org.easeback.planner.web;

import java.net.http.HttpResponse;

import org.easeback.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST/GET /api/v1/plans} against the running application. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	@Test
	void shouldCreateAPlanWithItsAddressAndReadItBack() {
		HttpResponse<String> created = this.http.postJson("/api/v1/plans",
				"{\"mode\":\"PARTNER\",\"minutes\":20,\"safety\":{\"answers\":{}}}");

		assertThat(created.statusCode()).isEqualTo(201);
		String location = created.headers().firstValue("Location").orElseThrow();
		assertThat(location).matches("/api/v1/plans/[0-9a-f-]{36}");
		assertThat(created.body()).contains("\"steps\"", "\"checklists\"", "\"player\":\"/sessions/",
				"\"safetyOutcome\":\"CLEAR\"", "\"checkIn\":true");

		HttpResponse<String> read = this.http.get(location, "application/json");
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.body()).contains(location.substring(location.lastIndexOf('/') + 1));
	}

	@Test
	void shouldNotStartAServerSessionForAnAnonymousPlan() {
		long before = sessions();

		HttpResponse<String> created = this.http.postJson("/api/v1/plans",
				"{\"mode\":\"PARTNER\",\"minutes\":15,\"safety\":{\"answers\":{}}}");

		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(sessions()).isEqualTo(before);
	}

	private long sessions() {
		return this.jdbc.sql("SELECT COUNT(*) FROM spring_session").query(Long.class).single();
	}

	@Test
	void shouldRefuseAPlanWithTheFindingsWhenUrgentCareIsNeeded() {
		HttpResponse<String> refused = this.http.postJson("/api/v1/plans",
				"{\"safety\":{\"answers\":{\"bladder_bowel_change\":true}}}");

		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(refused.body()).contains("\"outcome\":\"URGENT\"", "\"ruleId\":\"bladder_bowel_change\"");
	}

	@Test
	void shouldNeverTrustAnOutcomeSentByTheClient() {
		// an outcome is no field of the request: one sent is refused, never read
		HttpResponse<String> claimed = this.http.postJson("/api/v1/plans",
				"{\"outcome\":\"CLEAR\",\"safety\":{\"answers\":{\"clot_history\":true}}}");
		assertThat(claimed.statusCode()).isEqualTo(400);
		assertThat(claimed.body()).contains("\"field\":\"outcome\"");

		HttpResponse<String> refused = this.http.postJson("/api/v1/plans",
				"{\"safety\":{\"answers\":{\"clot_history\":true}}}");

		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("\"outcome\":\"SEE_CLINICIAN\"");
	}

	@Test
	void shouldSayWhenTheAreasToAvoidLeaveNothingToDo() {
		HttpResponse<String> nothing = this.http.postJson("/api/v1/plans",
				"{\"avoidRegions\":[\"LUMBAR_LEFT\",\"LUMBAR_RIGHT\",\"MID_BACK_LEFT\",\"MID_BACK_RIGHT\",\"UPPER_BACK\","
						+ "\"FLANK_LEFT\",\"FLANK_RIGHT\",\"ILIAC_CREST_LEFT\",\"ILIAC_CREST_RIGHT\",\"SACRUM\","
						+ "\"GLUTE_LEFT\",\"GLUTE_RIGHT\"],\"safety\":{\"answers\":{}}}");

		assertThat(nothing.statusCode()).isEqualTo(422);
		assertThat(nothing.body()).contains("Nothing left to plan");
	}

	@Test
	void shouldNameEachBadField() {
		assertField(this.http.postJson("/api/v1/plans", "{\"minutes\":61,\"safety\":{\"answers\":{}}}"), "minutes");
		assertField(this.http.postJson("/api/v1/plans", "{\"minutes\":10}"), "safety");
		assertField(this.http.postJson("/api/v1/plans", "{\"mode\":\"SPA\",\"safety\":{\"answers\":{}}}"), "mode");
		assertField(this.http.postJson("/api/v1/plans", "{\"soreSpots\":[\"NECK\"],\"safety\":{\"answers\":{}}}"),
				"soreSpots");
		assertField(this.http.postJson("/api/v1/plans", "{\"oil\":\"motor-oil\",\"safety\":{\"answers\":{}}}"), "oil");
		assertField(this.http.postJson("/api/v1/plans", "{\"safety\":{\"answers\":{},\"age\":130}}"), "safety.age");
		assertField(this.http.postJson("/api/v1/plans", "{\"safety\":{\"answers\":{\"feverish\":true}}}"),
				"safety.answers.feverish");
	}

	@Test
	void shouldAnswerAnUnknownPlanWithNotFound() {
		HttpResponse<String> missing = this.http.get("/api/v1/plans/00000000-0000-0000-0000-000000000000",
				"application/json");

		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertField(this.http.get("/api/v1/plans/not-a-uuid", "application/json"), "id");
	}

	private static void assertField(HttpResponse<String> response, String field) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"field\":\"" + field);
	}

}
