package org.easeback.handoff;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shares made before V13 get the random id a therapist names the client by, each its own,
 * on H2 and on PostgreSQL. The context starts on a new database migrated to V11 only; the
 * test writes shares as the store did then, and migrates as an upgrade would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "spring.flyway.target=11")
@DirtiesContext
abstract class ShareIdMigrationTests {

	private static final Instant MADE = Instant.parse("2026-11-20T08:15:30Z");

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Shares shares;

	@Test
	void everyShareMadeBeforeTheIdsGetsAnIdOfItsOwnAndStillGivesAccess() {
		String client = HandoffFixtures.someone();
		String therapist = HandoffFixtures.someone();
		insertShare(client, "AAAAAAAAAA", therapist);
		insertShare(client, "BBBBBBBBBB", null);
		insertShare(HandoffFixtures.someone(), "CCCCCCCCCC", therapist);

		Flyway.configure()
			.configuration(this.flyway.getConfiguration())
			.target(MigrationVersion.LATEST)
			.load()
			.migrate();

		List<UUID> ids = this.jdbc.sql("SELECT client_id FROM handoff_share").query(UUID.class).list();
		assertThat(ids).hasSize(3).doesNotContainNull().doesNotHaveDuplicates();
		assertThat(this.shares.clientsOf(therapist)).hasSize(2)
			.allSatisfy(c -> assertThat(this.shares.clientOf(therapist, c.id())).contains(c.client()))
			.extracting(SharedClient::client)
			.contains(client);
	}

	private void insertShare(String client, String code, String therapist) {
		this.jdbc
			.sql("INSERT INTO handoff_share (client, code, created_at, expires_at, therapist, redeemed_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?)")
			.params(client, code, MADE.atOffset(ZoneOffset.UTC), MADE.plusSeconds(86400).atOffset(ZoneOffset.UTC),
					therapist, therapist == null ? null : MADE.plusSeconds(60).atOffset(ZoneOffset.UTC))
			.update();
	}

}
