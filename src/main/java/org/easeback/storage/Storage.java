package org.easeback.storage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.easeback.shared.LoggedError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Whether the database could not write the last time it was asked to: set by any storage
 * failure the connection pool or an answer meets, cleared by the first write that
 * succeeds again ({@link StorageHealthIndicator}).
 */
@Component
public class Storage {

	/** What clients are told to wait before trying again. */
	public static final Duration RETRY_AFTER = Duration.ofSeconds(30);

	private static final Logger log = LoggerFactory.getLogger(Storage.class);

	private final Clock clock;

	private final AtomicReference<Instant> failingSince = new AtomicReference<>();

	Storage(Clock clock) {
		this.clock = clock;
	}

	/** Records a storage failure (see {@link StorageFailure}). */
	public void failed(Throwable cause) {
		if (this.failingSince.compareAndSet(null, this.clock.instant())) {
			log.error("The database cannot write ({}); saves answer 503 and readiness is DOWN until a write "
					+ "succeeds again", LoggedError.describe(cause));
		}
	}

	/**
	 * Whether this error comes from a storage failure: one itself, or, while storage is
	 * failing, a connection the pool closed because of it (a rollback on it fails with
	 * "Connection is closed", and Spring keeps only that error when the commit failed
	 * first).
	 */
	public boolean explains(Throwable error) {
		return StorageFailure.in(error) || (failing() && StorageFailure.lostConnection(error));
	}

	/** Whether a storage failure was seen and no write has succeeded since. */
	public boolean failing() {
		return this.failingSince.get() != null;
	}

	void recovered() {
		Instant since = this.failingSince.getAndSet(null);
		if (since != null) {
			log.warn("The database writes again, {} s after the first failure",
					Duration.between(since, this.clock.instant()).toSeconds());
		}
	}

}
