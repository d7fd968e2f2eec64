package org.easeback.reliability;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import org.easeback.support.AppProcess;
import org.easeback.support.Http;
import org.h2.tools.Backup;
import org.h2.tools.DeleteDbFiles;
import org.h2.tools.Restore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Backup and restore of the H2 file database as docs/reliability.md describes it: stop
 * EaseBack, back the database up with H2's {@code Backup} tool (a zip of the database
 * file), and after a loss restore it with {@code Restore} while EaseBack is stopped.
 */
class BackupRestoreOnH2Tests {

	private static final String PASSWORD = "a long enough password 1";

	@TempDir
	Path work;

	@Test
	void shouldBringBackEveryBackedUpEntryAfterTheyWereDeleted() throws Exception {
		Path data = this.work.resolve("data");
		Path zip = this.work.resolve("backup/easeback-backup.zip");
		try (AppProcess app = AppProcess.onH2(data, this.work.resolve("first.log"))) {
			Http http = new Http(app.port());
			http.registerAndSignIn("backup@example.org", PASSWORD);
			for (int i = 0; i < 5; i++) {
				assertThat(http
					.sendJson("POST", "/api/v1/diary/entries",
							"{\"pain\": %d, \"tags\": [\"EVENING\"], \"note\": \"backed up %d\"}".formatted(i, i), true)
					.statusCode()).isEqualTo(201);
			}
			assertThat(http
				.sendJson("PUT", "/api/v1/handoff/intake", "{\"version\": 0, \"intake\": {\"goals\": \"walk again\"}}",
						true)
				.statusCode()).isEqualTo(200);
			app.stop();
		}
		Files.createDirectories(zip.getParent());
		Backup.execute(zip.toString(), data.toString(), "easeback", true);
		assertThat(zip).isNotEmptyFile();

		// the loss: every diary entry and the intake deleted (EaseBack stopped)
		try (Connection db = DriverManager.getConnection(
				"jdbc:h2:file:" + data.resolve("easeback") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "");
				Statement sql = db.createStatement()) {
			sql.execute("DELETE FROM diary_entry_region");
			sql.execute("DELETE FROM diary_entry_tag");
			assertThat(sql.executeUpdate("DELETE FROM diary_entry")).isEqualTo(5);
			assertThat(sql.executeUpdate("DELETE FROM handoff_intake")).isEqualTo(1);
			ResultSet left = sql.executeQuery("SELECT count(*) FROM diary_entry");
			left.next();
			assertThat(left.getInt(1)).isZero();
		}

		DeleteDbFiles.execute(data.toString(), "easeback", true);
		Restore.execute(zip.toString(), data.toString(), "easeback");

		try (AppProcess app = AppProcess.onH2(data, this.work.resolve("restored.log"))) {
			Http http = new Http(app.port());
			http.postForm("/login", "/login", Map.of("email", "backup@example.org", "password", PASSWORD));
			HttpResponse<String> entries = http.get("/api/v1/diary/entries?size=100", "application/json");
			assertThat(entries.statusCode()).isEqualTo(200);
			for (int i = 0; i < 5; i++) {
				assertThat(entries.body()).contains("\"note\":\"backed up " + i + "\"");
			}
			assertThat(entries.body()).contains("\"total\":5").contains("EVENING");
			assertThat(http.get("/api/v1/handoff/intake", "application/json").body()).contains("walk again");
		}
	}

}
