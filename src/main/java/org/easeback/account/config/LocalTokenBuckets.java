package org.easeback.account.config;

import java.time.Clock;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;

/**
 * Token buckets in this process, for a single instance on the embedded database. The
 * number of keys is bounded (the least recently used go first), so a flood of made-up
 * addresses cannot exhaust memory; a bucket unused for longer than the longest period is
 * full again anyway and is dropped.
 */
final class LocalTokenBuckets implements TokenBuckets {

	static final long MAX_KEYS = 100_000;

	private final Cache<String, Bucket> buckets;

	private final TimeMeter time;

	LocalTokenBuckets(Clock clock, Duration longestPeriod) {
		this.time = TokenBuckets.timeOf(clock);
		this.buckets = Caffeine.newBuilder()
			.maximumSize(MAX_KEYS)
			.expireAfterAccess(longestPeriod)
			.ticker(this.time::currentTimeNanos)
			.build();
	}

	@Override
	public ConsumptionProbe take(String key, RateLimits.Limit limit) {
		return bucket(key, limit).tryConsumeAndReturnRemaining(1);
	}

	@Override
	public EstimationProbe check(String key, RateLimits.Limit limit) {
		return bucket(key, limit).estimateAbilityToConsume(1);
	}

	private Bucket bucket(String key, RateLimits.Limit limit) {
		return this.buckets.get(key,
				(k) -> Bucket.builder()
					.addLimit(TokenBuckets.configuration(limit).getBandwidths()[0])
					.withCustomTimePrecision(this.time)
					.build());
	}

}
