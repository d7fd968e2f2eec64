package org.easeback.storage;

import java.sql.SQLException;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import com.zaxxer.hikari.SQLExceptionOverride;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Told by the connection pool of every SQL error on its connections. A storage failure is
 * recorded ({@link Storage#failed}); when it is H2's, whose database is closed for good
 * once a write to its file fails, every pooled connection is dropped: they all belong to
 * the closed database, and the next connection the pool opens opens the file again. H2's
 * codes are not ones the pool drops a connection for by itself, so without this every
 * save kept failing until a restart.
 */
final class EvictOnStorageFailure implements SQLExceptionOverride {

	private final ObjectProvider<Storage> storage;

	private final HikariDataSource pool;

	EvictOnStorageFailure(ObjectProvider<Storage> storage, HikariDataSource pool) {
		this.storage = storage;
		this.pool = pool;
	}

	@java.lang.Override
	public Override adjudicate(SQLException error) {
		if (!StorageFailure.is(error)) {
			return Override.CONTINUE_EVICT;
		}
		this.storage.ifAvailable((storage) -> storage.failed(error));
		if (!StorageFailure.closesDatabase(error)) {
			// PostgreSQL's disk_full: the server and the connection are fine
			return Override.DO_NOT_EVICT;
		}
		HikariPoolMXBean connections = this.pool.getHikariPoolMXBean();
		if (connections != null) {
			// idle ones close now, those in use as they come back
			connections.softEvictConnections();
		}
		return Override.MUST_EVICT;
	}

}
