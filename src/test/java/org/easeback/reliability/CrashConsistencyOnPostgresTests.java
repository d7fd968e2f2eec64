package org.easeback.reliability;

import java.nio.file.Path;

import org.easeback.support.AppProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Crash consistency with the {@code postgres} profile on the embedded PostgreSQL: only
 * EaseBack is killed; the database server keeps running, as it would on its own host.
 */
class CrashConsistencyOnPostgresTests extends CrashConsistencyTests {

	private static String database;

	@BeforeAll
	static void database() {
		database = AppProcess.newPostgresDatabase();
	}

	@AfterAll
	static void release() {
		AppProcess.releasePostgres();
	}

	@Override
	AppProcess start(Path log) {
		return AppProcess.onPostgres(database, log);
	}

}
