package org.easeback.session.internal;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.easeback.diary.DiarySessions;
import org.easeback.diary.GuidedSession;
import org.easeback.planner.PlannerFixtures;
import org.easeback.planner.Plans;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A finished session reaches the diary however many events its run had, up to the bound
 * on events per run, and the run's end is recorded even past it (hazard H45). Written
 * once, run on H2 and on PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class FinishedSessionsTests {

	@Autowired
	GuidedSessions sessions;

	@Autowired
	DiarySessions diary;

	@Autowired
	Plans plans;

	@Test
	void aCompletedRunWithTheMostEventsARunKeepsIsInTheDiaryWithEveryFeedback() {
		String someone = someone();
		UUID plan = plan();
		this.sessions.record(plan, start(6), someone);
		int feedback = GuidedSessions.MAX_EVENTS_PER_RUN - 1;
		for (int i = 0; i < feedback; i++) {
			this.sessions.record(plan, feedback(PressureFeedback.values()[i % 3]), someone);
		}

		this.sessions.record(plan, new EventCommand(EventType.COMPLETED, null, null, null, null, null, 3), someone);

		GuidedSession recorded = awaitRecorded(someone);
		assertThat(recorded.planId()).isEqualTo(plan);
		assertThat(recorded.painBefore()).isEqualTo(6);
		assertThat(recorded.painAfter()).isEqualTo(3);
		assertThat(recorded.feedback()).hasSize(feedback).startsWith("LIGHTER", "GOOD", "FIRMER");
	}

	@Test
	void pastTheBoundFeedbackIsRefusedButTheStopIsStillRecorded() {
		String someone = someone();
		UUID plan = plan();
		this.sessions.record(plan, start(5), someone);
		for (int i = 1; i < GuidedSessions.MAX_EVENTS_PER_RUN; i++) {
			this.sessions.record(plan, feedback(PressureFeedback.GOOD), someone);
		}

		assertThatThrownBy(() -> this.sessions.record(plan, feedback(PressureFeedback.FIRMER), someone))
			.isInstanceOfSatisfying(ResponseStatusException.class, ex -> {
				assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
				assertThat(ex.getReason()).contains(String.valueOf(GuidedSessions.MAX_EVENTS_PER_RUN));
			});
		EventResult stopped = this.sessions.record(plan,
				new EventCommand(EventType.STOPPED, 0, null, 7, true, null, null), someone);

		assertThat(stopped.seeClinician()).isNotNull();
		GuidedSession recorded = awaitRecorded(someone);
		assertThat(recorded.stopped()).isTrue();
		assertThat(recorded.stopPain()).isEqualTo(7);
		assertThat(recorded.feedback()).hasSize(GuidedSessions.MAX_EVENTS_PER_RUN - 1).containsOnly("GOOD");
	}

	private GuidedSession awaitRecorded(String someone) {
		// the diary records the session once the finishing transaction has committed
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> this.diary.all(someone), (List<GuidedSession> all) -> all.size() == 1)
			.get(0);
	}

	private UUID plan() {
		return this.plans
			.save(PlannerFixtures
				.planned(PlannerFixtures.planner().plan(PlannerFixtures.partner(15), PlannerFixtures.allClear())))
			.id();
	}

	private static EventCommand start(int painBefore) {
		return new EventCommand(EventType.STARTED, null, null, null, null, painBefore, null);
	}

	private static EventCommand feedback(PressureFeedback feedback) {
		return new EventCommand(EventType.FEEDBACK, 0, feedback, null, null, null, null);
	}

	private static String someone() {
		return "session-" + UUID.randomUUID() + "@example.org";
	}

}
