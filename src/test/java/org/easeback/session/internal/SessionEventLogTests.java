package org.easeback.session.internal;

import java.time.Instant;
import java.util.UUID;

import org.easeback.planner.PlannerFixtures;
import org.easeback.planner.Plans;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The session event log, on H2 and on PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class SessionEventLogTests {

	@Autowired
	SessionEventLog log;

	@Autowired
	Plans plans;

	@Test
	void shouldReturnEveryEventOfAPlanInOrderWithAllItsFields() {
		UUID plan = this.plans
			.save(PlannerFixtures
				.planned(PlannerFixtures.planner().plan(PlannerFixtures.partner(15), PlannerFixtures.allClear())))
			.id();
		Instant t = Instant.parse("2026-11-22T10:00:00Z");
		SessionEvent start = new SessionEvent(UUID.randomUUID(), plan, t, EventType.STARTED, null, null, 6, null,
				"a@b.c");
		SessionEvent firmer = new SessionEvent(UUID.randomUUID(), plan, t.plusSeconds(60), EventType.FEEDBACK, 2,
				PressureFeedback.FIRMER, null, null, "a@b.c");
		SessionEvent stop = new SessionEvent(UUID.randomUUID(), plan, t.plusSeconds(120), EventType.STOPPED, 3, null, 8,
				true, null);

		this.log.append(stop);
		this.log.append(start);
		this.log.append(firmer);

		assertThat(this.log.forPlan(plan)).containsExactly(start, firmer, stop);
		assertThat(this.log.forPlan(UUID.randomUUID())).isEmpty();
	}

}
