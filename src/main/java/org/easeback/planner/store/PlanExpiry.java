package org.easeback.planner.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.easeback.planner.PlanRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the plans nobody has used for the retention ({@link PlanRetention}), with their
 * events ({@code session_event} rows go with their plan: {@code ON DELETE CASCADE}). The
 * diary keeps its own copy of a finished session and no foreign key to the plan, so a
 * person's record stays.
 * <p>
 * Runs every {@code easeback.plans.expiry-interval}, first that long after the start. One
 * instance at a time: a run first takes ShedLock's row {@value #LOCK} in the
 * {@code shedlock} table (times from the database's clock), and an instance that finds it
 * taken skips its run. Deleting is safe twice at once all the same (an instance that
 * outlived its lock): each batch deletes only rows still expired, and a row another run
 * deleted is simply not there.
 * <p>
 * Bounded: batches of {@value #BATCH} plans, each its own transaction, at most
 * {@value #MAX_BATCHES} batches a run; the next run goes on.
 */
@Component
@Lazy(false)
public class PlanExpiry {

	static final String LOCK = "plan-expiry";

	static final int BATCH = 500;

	static final int MAX_BATCHES = 200;

	/**
	 * Longer than a run of {@value #MAX_BATCHES} batches; frees a dead instance's lock.
	 */
	private static final Duration LOCK_AT_MOST = Duration.ofMinutes(15);

	private static final Logger logger = LoggerFactory.getLogger(PlanExpiry.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final PlanRetention retention;

	private final LockProvider locks;

	PlanExpiry(JdbcClient jdbc, Clock clock, PlanRetention retention, LockProvider locks) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.retention = retention;
		this.locks = locks;
	}

	@Scheduled(initialDelayString = "${easeback.plans.expiry-interval:1h}",
			fixedDelayString = "${easeback.plans.expiry-interval:1h}")
	void scheduled() {
		run();
	}

	/**
	 * Deletes the expired plans unless another instance is doing it.
	 * @return how many plans this run deleted, or empty when another instance held the
	 * lock
	 */
	public OptionalInt run() {
		Optional<SimpleLock> lock = this.locks
			.lock(new LockConfiguration(Instant.now(), LOCK, LOCK_AT_MOST, Duration.ZERO));
		if (lock.isEmpty()) {
			return OptionalInt.empty();
		}
		try {
			int deleted = deleteExpired();
			if (deleted > 0) {
				logger.info("Deleted {} plans unused for {}", deleted, this.retention.inWords());
			}
			return OptionalInt.of(deleted);
		}
		finally {
			lock.get().unlock();
		}
	}

	/** Deletes the expired plans, batch by batch, without the lock. */
	int deleteExpired() {
		// the same cut-off for every batch: plans used during the run are not touched
		Instant cutoff = this.retention.expiredBefore(this.clock.instant());
		int total = 0;
		for (int batch = 0; batch < MAX_BATCHES; batch++) {
			int deleted = deleteBatch(cutoff);
			total += deleted;
			// not "fewer than a batch": a run next to another may find part of its batch
			// already deleted, and must go on to the rest
			if (deleted == 0) {
				break;
			}
		}
		return total;
	}

	private int deleteBatch(Instant cutoff) {
		// the outer condition is checked again on the row itself: a plan used (its last
		// use written) while this statement waited for its row is kept
		return this.jdbc
			.sql("DELETE FROM session_plan WHERE last_used_at < :cutoff AND id IN "
					+ "(SELECT id FROM session_plan WHERE last_used_at < :cutoff ORDER BY last_used_at LIMIT :batch)")
			.param("cutoff", cutoff.atOffset(ZoneOffset.UTC))
			.param("batch", BATCH)
			.update();
	}

}
