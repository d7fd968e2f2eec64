package org.easeback.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A logical backup of EaseBack's PostgreSQL tables with {@code COPY}, the mechanism
 * {@code pg_dump} uses: every table is read inside one {@code REPEATABLE READ READ ONLY}
 * transaction, so the backup is one consistent snapshot taken while EaseBack runs.
 * Restore empties the tables and copies the rows back in one transaction (parents before
 * children) and moves every id sequence past the restored ids.
 * <p>
 * This is what the test can run here (the embedded PostgreSQL 17 ships no
 * {@code pg_dump}, and this machine's {@code pg_dump} 15 refuses a newer server);
 * production uses {@code pg_dump}/{@code pg_restore} as docs/reliability.md says.
 */
final class PostgresCopyBackup {

	private PostgresCopyBackup() {
	}

	/**
	 * Writes one {@code
	 *
	<table>
	 * .copy} file per table into {@code directory}.
	 */
	static List<String> backup(DataSource dataSource, Path directory) throws SQLException, IOException {
		Files.createDirectories(directory);
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			connection.setReadOnly(true);
			List<String> tables = tablesParentsFirst(connection);
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			for (String table : tables) {
				try (OutputStream out = Files.newOutputStream(directory.resolve(table + ".copy"))) {
					copy.copyOut("COPY " + table + " TO STDOUT (FORMAT binary)", out);
				}
			}
			connection.commit();
			Files.write(directory.resolve("tables.txt"), tables);
			return tables;
		}
	}

	/**
	 * Replaces the rows of every backed-up table with the backup's, in one transaction.
	 */
	static void restore(DataSource dataSource, Path directory) throws SQLException, IOException {
		List<String> tables = Files.readAllLines(directory.resolve("tables.txt"));
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (Statement sql = connection.createStatement()) {
				sql.execute("TRUNCATE " + String.join(", ", tables));
				CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
				for (String table : tables) {
					try (InputStream in = Files.newInputStream(directory.resolve(table + ".copy"))) {
						copy.copyIn("COPY " + table + " FROM STDIN (FORMAT binary)", in);
					}
				}
				List<String[]> sequences = new ArrayList<>();
				try (ResultSet rs = sql.executeQuery(
						"""
								SELECT table_name, column_name, pg_get_serial_sequence(table_name, column_name)
								FROM information_schema.columns
								WHERE table_schema = 'public' AND pg_get_serial_sequence(table_name, column_name) IS NOT NULL""")) {
					while (rs.next()) {
						sequences.add(new String[] { rs.getString(1), rs.getString(2), rs.getString(3) });
					}
				}
				for (String[] s : sequences) {
					sql.execute("SELECT setval('%s', COALESCE((SELECT max(%s) FROM %s), 0) + 1, false)".formatted(s[2],
							s[1], s[0]));
				}
				connection.commit();
			}
			catch (SQLException | IOException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
		}
	}

	/**
	 * The schema's tables (but Flyway's history), every table after those it refers to.
	 */
	private static List<String> tablesParentsFirst(Connection connection) throws SQLException {
		Map<String, Set<String>> parents = new LinkedHashMap<>();
		try (Statement sql = connection.createStatement()) {
			try (ResultSet rs = sql.executeQuery("""
					SELECT table_name FROM information_schema.tables
					WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
					  AND table_name <> 'flyway_schema_history' ORDER BY table_name""")) {
				while (rs.next()) {
					parents.put(rs.getString(1), new LinkedHashSet<>());
				}
			}
			try (ResultSet rs = sql.executeQuery("""
					SELECT c.conrelid::regclass::text, c.confrelid::regclass::text FROM pg_constraint c
					JOIN pg_namespace n ON n.oid = c.connamespace
					WHERE c.contype = 'f' AND n.nspname = 'public'""")) {
				while (rs.next()) {
					if (parents.containsKey(rs.getString(1)) && !rs.getString(1).equals(rs.getString(2))) {
						parents.get(rs.getString(1)).add(rs.getString(2));
					}
				}
			}
		}
		List<String> ordered = new ArrayList<>();
		while (ordered.size() < parents.size()) {
			int before = ordered.size();
			parents.forEach((table, refs) -> {
				if (!ordered.contains(table) && ordered.containsAll(refs)) {
					ordered.add(table);
				}
			});
			if (ordered.size() == before) {
				throw new IllegalStateException("foreign keys form a cycle among " + parents);
			}
		}
		return ordered;
	}

}
