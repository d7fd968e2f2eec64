package org.easeback.session.web;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.easeback.planner.PlanRetention;
import org.easeback.planner.store.PlanExpiry;
import org.easeback.support.Http;
import org.easeback.support.RecordedSessions;
import org.easeback.support.MutableClock;
import org.easeback.support.MutableClockConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan's link says how long it lasts; once the plan is deleted its link answers a page
 * that says so, and the diary of the person who finished the session keeps its record.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "easeback.plans.retention=12d")
@Import(MutableClockConfiguration.class)
class PlanRetentionWebTests {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	PlanRetention retention;

	@Autowired
	PlanExpiry expiry;

	@Test
	void thePlayerPageSaysHowLongItsLinkLastsFromTheConfiguredRetention() {
		Http http = new Http(this.port);
		String player = makePlan(http);

		String page = http.get(player, "text/html").body();

		assertThat(page).contains("deleted after 12 days without use");
	}

	@Test
	void theApiSaysUntilWhenAPlanIsKeptUnlessItIsUsedAgain() {
		Http http = new Http(this.port);
		String created = http.postJson("/api/v1/plans", "{\"safety\":{\"answers\":{}}}").body();

		assertThat(instant(created, "expiresAt")).isEqualTo(instant(created, "createdAt").plus(Duration.ofDays(12)));
	}

	private static Instant instant(String json, String field) {
		java.util.regex.Matcher value = java.util.regex.Pattern.compile("\"" + field + "\":\"([^\"]+)\"").matcher(json);
		assertThat(value.find()).as(field + " in " + json).isTrue();
		return Instant.parse(value.group(1));
	}

	@Test
	void aLinkToAPlanThatIsNotThereAnswersAPageSayingItHasExpiredAndHowToMakeANewOne() {
		HttpResponse<String> gone = new Http(this.port).get("/sessions/" + java.util.UUID.randomUUID(), "text/html");

		assertThat(gone.statusCode()).isEqualTo(404);
		assertThat(gone.body()).contains("This plan link has expired or does not exist", "12 days without use",
				"href=\"/plan\"");
	}

	@Test
	void aFinishedSessionStaysInTheDiaryAfterItsPlanIsDeleted() {
		Http http = new Http(this.port);
		http.registerAndSignIn("retention-diary@example.org", "a calm quiet river");
		String player = makePlan(http);
		String planId = player.substring(player.lastIndexOf('/') + 1);
		http.get(player, "text/html");
		String events = "/api/v1/plans/" + planId + "/events";
		assertThat(http.sendJson("POST", events, "{\"type\":\"STARTED\",\"painBefore\":6}", true).statusCode())
			.isEqualTo(200);
		assertThat(http.sendJson("POST", events, "{\"type\":\"COMPLETED\",\"painAfter\":3}", true).statusCode())
			.isEqualTo(200);
		assertThat(RecordedSessions.await(http)).contains(planId);

		this.clock.advance(this.retention.unused().plus(this.retention.recordUseEvery()).plusMinutes(1));
		assertThat(this.expiry.run()).isPresent();

		HttpResponse<String> gone = http.get(player, "text/html");
		assertThat(gone.statusCode()).isEqualTo(404);
		assertThat(gone.body()).contains("This plan link has expired");
		assertThat(http.get(events.replace("/events", ""), "application/json").statusCode()).isEqualTo(404);
		HttpResponse<String> sessions = http.get("/api/v1/diary/sessions", "application/json");
		assertThat(sessions.statusCode()).isEqualTo(200);
		assertThat(sessions.body()).contains(planId, "\"painBefore\":6", "\"painAfter\":3");
		HttpResponse<String> diary = http.get("/diary", "text/html");
		assertThat(diary.statusCode()).isEqualTo(200);
	}

	private static String makePlan(Http http) {
		HttpResponse<String> posted = http.postFormNoRedirect("/check?mode=SELF", "/plan",
				"mode=SELF&minutes=10&equipment=MAT&equipment=TENNIS_BALLS&pressure=MEDIUM&answers.fever=no");
		return java.net.URI.create(posted.headers().firstValue("Location").orElseThrow()).getPath();
	}

}
