package org.easeback.planner.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plans made before V9 get a last use: their latest event's time, or their creation when
 * they have none, on H2 and on PostgreSQL. The context starts on a new database migrated
 * to V8 only; the test writes rows as V8's store did, then migrates as an upgrade would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "spring.flyway.target=8")
abstract class LastUseMigrationTests {

	private static final Instant MADE = Instant.parse("2026-11-20T08:15:30.123456Z");

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcClient jdbc;

	@Test
	void plansMadeBeforeTheColumnWereLastUsedAtTheirLatestEventOrTheirCreation() {
		UUID unused = UUID.randomUUID();
		UUID followed = UUID.randomUUID();
		insertPlan(unused);
		insertPlan(followed);
		insertEvent(followed, MADE.plusSeconds(60));
		insertEvent(followed, MADE.plusSeconds(3600));

		Flyway.configure()
			.configuration(this.flyway.getConfiguration())
			.target(MigrationVersion.LATEST)
			.load()
			.migrate();

		assertThat(lastUsedAt(unused)).isEqualTo(MADE);
		assertThat(lastUsedAt(followed)).isEqualTo(MADE.plusSeconds(3600));
	}

	private void insertPlan(UUID id) {
		this.jdbc
			.sql("INSERT INTO session_plan (id, created_at, mode, minutes, plan_deflated) "
					+ "VALUES (:id, :createdAt, 'SELF', 10, :plan)")
			.param("id", id)
			.param("createdAt", MADE.atOffset(ZoneOffset.UTC))
			.param("plan", db.migration.V6__Deflate_session_plans.deflated("{\"notes\":[]}"))
			.update();
	}

	private void insertEvent(UUID plan, Instant at) {
		this.jdbc.sql("INSERT INTO session_event (id, plan_id, created_at, type) VALUES (:id, :plan, :at, 'STEP_DONE')")
			.param("id", UUID.randomUUID())
			.param("plan", plan)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
	}

	private Instant lastUsedAt(UUID plan) {
		return this.jdbc.sql("SELECT last_used_at FROM session_plan WHERE id = :id")
			.param("id", plan)
			.query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
			.single();
	}

}
