package org.easeback.shared.storage;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.h2.engine.Session;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's data source: on an embedded H2 file database its connections answer a
 * commit only once the commit is in the file, by {@link GroupCommit}: commits made while
 * one write runs share the next one. Any other database (PostgreSQL, H2 in memory) gets
 * the pool's connections unchanged.
 * <p>
 * This replaces H2's {@code WRITE_DELAY=0}, which wrote one file chunk per commit (30-38
 * KB for a 4.6 KB plan) while the committing thread held H2's store lock
 * (docs/performance.md, round 7; hazard H37).
 */
final class DurableCommitDataSource extends DelegatingDataSource {

	/** Set by the first connection: null when the database is not an H2 file. */
	private volatile GroupCommit commits;

	private volatile boolean known;

	DurableCommitDataSource(DataSource target) {
		super(target);
	}

	@Override
	public Connection getConnection() throws SQLException {
		return durable(super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return durable(super.getConnection(username, password));
	}

	private Connection durable(Connection connection) throws SQLException {
		if (this.known && this.commits == null) {
			return connection;
		}
		SessionLocal session = embeddedSession(connection);
		if (!this.known) {
			synchronized (this) {
				if (!this.known) {
					MVStore store = (session != null) ? session.getDatabase().getStore().getMvStore() : null;
					this.commits = (store != null && store.getFileStore() != null) ? new GroupCommit(store::commit)
							: null;
					this.known = true;
				}
			}
		}
		GroupCommit group = this.commits;
		return (group != null && session != null) ? DurableConnection.of(connection, session, group) : connection;
	}

	private static SessionLocal embeddedSession(Connection connection) throws SQLException {
		if (!connection.isWrapperFor(JdbcConnection.class)) {
			return null;
		}
		Session session = connection.unwrap(JdbcConnection.class).getSession();
		return (session instanceof SessionLocal local) ? local : null;
	}

}
