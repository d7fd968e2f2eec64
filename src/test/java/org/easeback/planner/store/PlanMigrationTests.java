package org.easeback.planner.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.easeback.planner.Plan;
import org.easeback.planner.PlannerFixtures;
import org.easeback.planner.Plans;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plans saved before V6 (JSON text in {@code plan_json}) are still found after it
 * deflated them into {@code plan_deflated}, on H2 and on PostgreSQL. The context starts
 * on a new database migrated to V5 only; the test writes rows the way V5's store did,
 * then migrates to the latest version as an upgrade would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "spring.flyway.target=5")
abstract class PlanMigrationTests {

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	Plans plans;

	@Test
	void shouldFindEveryPlanSavedBeforeThePlansWereDeflated() {
		Plan partner = PlannerFixtures
			.planned(PlannerFixtures.planner().plan(PlannerFixtures.partner(60), PlannerFixtures.allClear()));
		Plan careful = PlannerFixtures.planned(PlannerFixtures.planner()
			.plan(PlannerFixtures.partner(30), PlannerFixtures.yes("pregnant", "blood_thinners")));
		Instant createdAt = Instant.parse("2026-11-20T08:15:30.123456Z");
		// more rows than the migration updates in one batch
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < 201; i++) {
			UUID id = UUID.randomUUID();
			insertAsV5Did(id, createdAt.plusSeconds(i), (i % 2 == 0) ? partner : careful);
			ids.add(id);
		}

		MigrateResult result = Flyway.configure()
			.configuration(this.flyway.getConfiguration())
			.target(MigrationVersion.LATEST)
			.load()
			.migrate();

		assertThat(result.migrations).extracting(m -> m.version).contains("6");
		assertThat(columns()).contains("plan_deflated").doesNotContain("plan_json", "version");
		for (int i = 0; i < ids.size(); i++) {
			Plan expected = (i % 2 == 0) ? partner : careful;
			Instant expectedAt = createdAt.plusSeconds(i);
			assertThat(this.plans.find(ids.get(i))).hasValueSatisfying(found -> {
				// V14 empties the notes of every plan saved before it
				assertThat(found.plan()).isEqualTo(PlanNotesMigrationTests.withoutNotes(expected));
				assertThat(found.createdAt()).isEqualTo(expectedAt);
			});
		}
		// and new plans are saved next to them
		assertThat(this.plans.find(this.plans.save(partner).id()))
			.hasValueSatisfying(found -> assertThat(found.plan()).isEqualTo(partner));
	}

	private void insertAsV5Did(UUID id, Instant createdAt, Plan plan) {
		this.jdbc
			.sql("INSERT INTO session_plan (id, created_at, mode, minutes, plan_json, version) "
					+ "VALUES (:id, :createdAt, :mode, :minutes, :planJson, 0)")
			.param("id", id)
			.param("createdAt", createdAt.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC))
			.param("mode", plan.mode().name())
			.param("minutes", plan.minutes())
			.param("planJson", this.json.writeValueAsString(plan))
			.update();
	}

	private List<String> columns() {
		return this.jdbc
			.sql("SELECT column_name FROM information_schema.columns WHERE lower(table_name) = 'session_plan'")
			.query((rs, n) -> rs.getString(1).toLowerCase(java.util.Locale.ROOT))
			.list();
	}

}
