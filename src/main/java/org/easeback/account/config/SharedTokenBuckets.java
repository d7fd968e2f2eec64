package org.easeback.account.config;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Token buckets in PostgreSQL (table {@code rate_limit_bucket}), through Bucket4j's
 * row-locking store: every instance takes its tokens from the same row, so N instances
 * allow what one does. A bucket's row expires once it would be full again, and expired
 * rows are removed in small batches.
 */
final class SharedTokenBuckets implements TokenBuckets {

	private static final int REMOVED_PER_BATCH = 1_000;

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> store;

	SharedTokenBuckets(DataSource dataSource, Clock clock) {
		this.store = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_limit_bucket")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
			.clientClock(TokenBuckets.timeOf(clock))
			.build();
	}

	@Override
	public ConsumptionProbe take(String key, RateLimits.Limit limit) {
		return this.store.getProxy(key, () -> TokenBuckets.configuration(limit)).tryConsumeAndReturnRemaining(1);
	}

	@Override
	public EstimationProbe check(String key, RateLimits.Limit limit) {
		return this.store.getProxy(key, () -> TokenBuckets.configuration(limit)).estimateAbilityToConsume(1);
	}

	/**
	 * Removes the rows of buckets that are full again; a row locked by a request is
	 * skipped.
	 */
	@Scheduled(fixedDelayString = "${easeback.rate-limits.clean-up-every}")
	void removeExpired() {
		int removed;
		do {
			removed = this.store.removeExpired(REMOVED_PER_BATCH);
		}
		while (removed == REMOVED_PER_BATCH);
	}

}
