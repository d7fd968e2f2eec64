package org.easeback.planner.store;

import java.util.UUID;

import org.easeback.planner.Plan;
import org.easeback.planner.PlannerFixtures;
import org.easeback.planner.Plans;
import org.easeback.planner.StoredPlan;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Plans survive a round trip through the database, on H2 and on PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class PlanStoreTests {

	@Autowired
	Plans plans;

	@Test
	void shouldReadBackExactlyThePlanThatWasSaved() {
		Plan plan = PlannerFixtures.planned(PlannerFixtures.planner()
			.plan(PlannerFixtures.partner(30), PlannerFixtures.yes("pregnant", "blood_thinners")));

		StoredPlan saved = this.plans.save(plan);

		assertThat(this.plans.find(saved.id())).hasValueSatisfying(found -> {
			assertThat(found.plan()).isEqualTo(plan);
			assertThat(found.createdAt()).isEqualTo(saved.createdAt());
		});
	}

	@Test
	void shouldFindNothingForAnUnknownId() {
		assertThat(this.plans.find(UUID.randomUUID())).isEmpty();
	}

	@Test
	void shouldKeepALongPlanWhole() {
		Plan plan = PlannerFixtures
			.planned(PlannerFixtures.planner().plan(PlannerFixtures.partner(60), PlannerFixtures.allClear()));

		assertThat(this.plans.find(this.plans.save(plan).id()).orElseThrow().plan().steps())
			.hasSize(plan.steps().size());
	}

}
