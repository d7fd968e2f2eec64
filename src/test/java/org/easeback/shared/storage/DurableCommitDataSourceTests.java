package org.easeback.shared.storage;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On an H2 file database a write is in the file when the call that commits it returns, in
 * a transaction and in auto-commit mode; a transaction that only read and an in-memory
 * database are left alone. (The process-kill test is
 * reliability.CrashConsistencyOnH2Tests.)
 */
class DurableCommitDataSourceTests {

	@TempDir
	Path dir;

	@Test
	void aCommittedTransactionIsInTheFileWhenCommitReturns() throws SQLException {
		DurableCommitDataSource data = fileDatabase();
		try (Connection c = data.getConnection()) {
			table(c);
			c.setAutoCommit(false);
			try (PreparedStatement insert = c.prepareStatement("INSERT INTO t (v) VALUES (?)")) {
				insert.setString(1, "in a transaction");
				insert.executeUpdate();
			}
			assertThat(store(c).hasUnsavedChanges()).as("before the commit").isTrue();
			c.commit();
			assertThat(store(c).hasUnsavedChanges()).as("after the commit").isFalse();
		}
	}

	@Test
	void anAutoCommitWriteIsInTheFileWhenItReturns() throws SQLException {
		DurableCommitDataSource data = fileDatabase();
		try (Connection c = data.getConnection()) {
			table(c);
			try (PreparedStatement insert = c.prepareStatement("INSERT INTO t (v) VALUES (?)")) {
				insert.setString(1, "auto-commit");
				insert.executeUpdate();
			}
			assertThat(store(c).hasUnsavedChanges()).isFalse();
			try (Statement update = c.createStatement()) {
				update.execute("UPDATE t SET v = 'changed'");
			}
			assertThat(store(c).hasUnsavedChanges()).isFalse();
		}
	}

	@Test
	void onlyFileDatabasesGetDurableConnections() throws SQLException {
		JdbcDataSource memory = new JdbcDataSource();
		memory.setURL("jdbc:h2:mem:durable-commit-test;DB_CLOSE_DELAY=-1");
		try (Connection file = fileDatabase().getConnection();
				Connection inMemory = new DurableCommitDataSource(memory).getConnection()) {
			assertThat(Proxy.isProxyClass(file.getClass())).isTrue();
			assertThat(Proxy.isProxyClass(inMemory.getClass())).isFalse();
		}
	}

	private DurableCommitDataSource fileDatabase() {
		JdbcDataSource h2 = new JdbcDataSource();
		// a long write delay: H2's background writer does not store within a test
		h2.setURL("jdbc:h2:file:" + this.dir.resolve("db") + ";WRITE_DELAY=60000");
		return new DurableCommitDataSource(h2);
	}

	private static void table(Connection c) throws SQLException {
		try (Statement s = c.createStatement()) {
			s.execute("CREATE TABLE IF NOT EXISTS t (id IDENTITY PRIMARY KEY, v VARCHAR(100))");
		}
	}

	private static MVStore store(Connection c) throws SQLException {
		return ((SessionLocal) c.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore().getMvStore();
	}

}
