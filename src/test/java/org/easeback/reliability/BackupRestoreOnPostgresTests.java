package org.easeback.reliability;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import org.easeback.support.Http;
import org.easeback.support.OnPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Backup and restore on PostgreSQL: an online, consistent logical backup while EaseBack
 * runs ({@link PostgresCopyBackup}), then changes and deletions, then the restore, and
 * every backed-up record is back while the later changes are gone.
 */
@OnPostgres
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BackupRestoreOnPostgresTests {

	private static final String PASSWORD = "a long enough password 1";

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@TempDir
	Path work;

	@Test
	void shouldBringBackEveryBackedUpRecordAndDropLaterChanges() throws Exception {
		Http http = new Http(this.port);
		http.registerAndSignIn("pg-backup@example.org", PASSWORD);
		for (int i = 0; i < 5; i++) {
			assertThat(http.sendJson("POST", "/api/v1/diary/entries",
					"{\"pain\": %d, \"regions\": [{\"region\": \"SPINE\", \"intensity\": %d}], \"note\": \"backed up %d\"}"
						.formatted(i, i, i),
					true)
				.statusCode()).isEqualTo(201);
		}
		assertThat(http
			.sendJson("PUT", "/api/v1/handoff/intake", "{\"version\": 0, \"intake\": {\"goals\": \"walk again\"}}",
					true)
			.statusCode()).isEqualTo(200);

		List<String> tables = PostgresCopyBackup.backup(this.dataSource, this.work);
		assertThat(tables).contains("user_account", "diary_entry", "diary_entry_region", "handoff_intake",
				"spring_session");
		assertThat(tables.indexOf("diary_entry")).isLessThan(tables.indexOf("diary_entry_region"));

		// after the backup: one entry deleted, one added, the intake changed
		String first = http.get("/api/v1/diary/entries?size=100", "application/json").body();
		long someId = Long.parseLong(first.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
		assertThat(http.sendJson("DELETE", "/api/v1/diary/entries/" + someId, null, true).statusCode()).isEqualTo(204);
		assertThat(http.sendJson("POST", "/api/v1/diary/entries", "{\"pain\": 9, \"note\": \"after the backup\"}", true)
			.statusCode()).isEqualTo(201);
		assertThat(http
			.sendJson("PUT", "/api/v1/handoff/intake", "{\"version\": 1, \"intake\": {\"goals\": \"changed later\"}}",
					true)
			.statusCode()).isEqualTo(200);

		PostgresCopyBackup.restore(this.dataSource, this.work);

		// the session was in the backup too, so the same client is still signed in
		HttpResponse<String> entries = http.get("/api/v1/diary/entries?size=100", "application/json");
		assertThat(entries.statusCode()).isEqualTo(200);
		for (int i = 0; i < 5; i++) {
			assertThat(entries.body()).contains("\"note\":\"backed up " + i + "\"");
		}
		assertThat(entries.body()).contains("\"total\":5").doesNotContain("after the backup");
		assertThat(http.get("/api/v1/handoff/intake", "application/json").body()).contains("walk again")
			.doesNotContain("changed later");
		// new rows after the restore get fresh ids (the sequences moved past the
		// restored)
		assertThat(http.sendJson("POST", "/api/v1/diary/entries", "{\"pain\": 1}", true).statusCode()).isEqualTo(201);
	}

}
