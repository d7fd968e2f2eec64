package org.easeback.planner.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import db.migration.V6__Deflate_session_plans;
import org.easeback.planner.Plan;
import org.easeback.planner.PlannerFixtures;
import org.easeback.planner.Plans;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plans saved before V14 noted the safety check's reasons in the person's own terms;
 * after the upgrade they keep their steps and lose those notes, on H2 and on PostgreSQL.
 * The context starts on a database migrated to V12 and is not shared, since the test
 * migrates it; the test writes plans as the store did then, and migrates as an upgrade
 * would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "spring.flyway.target=12")
@DirtiesContext
abstract class PlanNotesMigrationTests {

	private static final List<String> OLD_NOTES = List.of(
			"During pregnancy (20 weeks) the massage is done lying on the side instead of face down.",
			"You mentioned sesame seeds: check the label of the oil before you use it.",
			"The pain has lasted 48 weeks. Massage can ease it for a while but does not cure long-lasting pain.");

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	Plans plans;

	@Test
	void plansSavedBeforeKeepTheirStepsButNoLongerTheReasonsInThePersonsTerms() {
		Plan careful = PlannerFixtures.planned(PlannerFixtures.planner()
			.plan(PlannerFixtures.partner(30), PlannerFixtures.yes("pregnant", "blood_thinners")));
		Plan old = withNotes(careful, OLD_NOTES);
		List<UUID> ids = new ArrayList<>();
		// more rows than the migration updates in one batch
		for (int i = 0; i < 201; i++) {
			UUID id = UUID.randomUUID();
			insert(id, old);
			ids.add(id);
		}

		Flyway.configure()
			.configuration(this.flyway.getConfiguration())
			.target(MigrationVersion.LATEST)
			.load()
			.migrate();

		assertThat(ids).allSatisfy(id -> assertThat(this.plans.find(id))
			.hasValueSatisfying(found -> assertThat(found.plan()).isEqualTo(withoutNotes(old))));
	}

	static Plan withoutNotes(Plan plan) {
		return withNotes(plan, List.of());
	}

	private static Plan withNotes(Plan plan, List<String> notes) {
		return new Plan(plan.mode(), plan.minutes(), plan.safetyOutcome(), plan.pressureCap(), plan.position(),
				plan.oil(), plan.oilId(), plan.summary(), notes, plan.checklists(), plan.steps());
	}

	private void insert(UUID id, Plan plan) {
		Instant now = Instant.parse("2026-11-20T08:15:30Z");
		this.jdbc
			.sql("INSERT INTO session_plan (id, created_at, last_used_at, mode, minutes, plan_deflated) "
					+ "VALUES (:id, :at, :at, :mode, :minutes, :plan)")
			.param("id", id)
			.param("at", now.atOffset(ZoneOffset.UTC))
			.param("mode", plan.mode().name())
			.param("minutes", plan.minutes())
			.param("plan", V6__Deflate_session_plans.deflated(this.json.writeValueAsString(plan)))
			.update();
	}

}
