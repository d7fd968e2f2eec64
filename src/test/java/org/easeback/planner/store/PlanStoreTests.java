package org.easeback.planner.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.easeback.planner.Plan;
import org.easeback.planner.PlannerFixtures;
import org.easeback.planner.Plans;
import org.easeback.planner.StoredPlan;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plans survive a round trip through the database, on H2 and on PostgreSQL, also when
 * many are saved at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class PlanStoreTests {

	@Autowired
	Plans plans;

	@Autowired
	PlatformTransactionManager transactions;

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

	@Test
	void plansSavedAtTheSameTimeAreAllThereWhenTheirSavesReturn() throws Exception {
		Plan plan = PlannerFixtures
			.planned(PlannerFixtures.planner().plan(PlannerFixtures.partner(15), PlannerFixtures.allClear()));
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<StoredPlan>> saves = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				saves.add(threads.submit(() -> this.plans.save(plan)));
			}
			Set<UUID> ids = new HashSet<>();
			for (Future<StoredPlan> save : saves) {
				UUID id = save.get(30, TimeUnit.SECONDS).id();
				ids.add(id);
				assertThat(this.plans.find(id)).as("plan %s", id).isPresent();
			}
			assertThat(ids).hasSize(200);
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void aSaveInsideACallersTransactionIsUndoneWithIt() {
		Plan plan = PlannerFixtures
			.planned(PlannerFixtures.planner().plan(PlannerFixtures.partner(15), PlannerFixtures.allClear()));
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);

		UUID id = transaction.execute((status) -> {
			status.setRollbackOnly();
			return this.plans.save(plan).id();
		});

		assertThat(this.plans.find(id)).isEmpty();
	}

}
