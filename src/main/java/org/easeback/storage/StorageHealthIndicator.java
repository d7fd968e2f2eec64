package org.easeback.storage;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Readiness of the database to write ({@code storage} in the readiness group): UP without
 * touching the database while no storage failure was seen; after one, each check writes
 * the one row of {@code storage_probe} and stays DOWN until that write succeeds, which
 * also ends the failure for the answers.
 */
@Component
class StorageHealthIndicator implements HealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(StorageHealthIndicator.class);

	private final Storage storage;

	private final JdbcClient jdbc;

	private final Clock clock;

	/** One probe write at a time; checks that come meanwhile answer DOWN. */
	private final Lock probing = new ReentrantLock();

	StorageHealthIndicator(Storage storage, JdbcClient jdbc, Clock clock) {
		this.storage = storage;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Health health() {
		if (!this.storage.failing()) {
			return Health.up().build();
		}
		if (!this.probing.tryLock()) {
			return Health.down().build();
		}
		try {
			this.jdbc.sql("UPDATE storage_probe SET written_at = :now WHERE id = 1")
				.param("now", Timestamp.from(this.clock.instant()))
				.update();
			this.storage.recovered();
			return Health.up().build();
		}
		catch (RuntimeException ex) {
			if (StorageFailure.in(ex)) {
				this.storage.failed(ex);
			}
			log.debug("Storage probe write failed", ex);
			return Health.down().build();
		}
		finally {
			this.probing.unlock();
		}
	}

}
