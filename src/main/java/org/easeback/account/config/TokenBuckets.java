package org.easeback.account.config;

import java.time.Clock;
import java.time.Duration;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;

/**
 * Where the token buckets of the rate limits live: in this process
 * ({@link LocalTokenBuckets}) on the embedded database, in PostgreSQL
 * ({@link SharedTokenBuckets}) when several instances share one, so that the limits hold
 * for the whole deployment instead of for each instance.
 */
interface TokenBuckets {

	/**
	 * Takes one token from the bucket of {@code key}, made with {@code limit} if new.
	 * @return the probe: consumed, or how long until a token comes back
	 */
	ConsumptionProbe take(String key, RateLimits.Limit limit);

	/**
	 * Whether one token could be taken from the bucket of {@code key} now, without taking
	 * it: for limits that count only some requests (failed sign-ins), checked before the
	 * request and taken after it.
	 * @return the probe: can be taken, or how long until a token comes back
	 */
	EstimationProbe check(String key, RateLimits.Limit limit);

	/** A bucket that holds {@code limit.requests()} and refills them evenly. */
	static BucketConfiguration configuration(RateLimits.Limit limit) {
		return BucketConfiguration.builder()
			.addLimit(
					Bandwidth.builder().capacity(limit.requests()).refillGreedy(limit.requests(), limit.per()).build())
			.build();
	}

	/** Bucket4j's time, read from the application's clock (tests move it by hand). */
	static TimeMeter timeOf(Clock clock) {
		return new TimeMeter() {

			@Override
			public long currentTimeNanos() {
				return Duration.ofMillis(clock.millis()).toNanos();
			}

			@Override
			public boolean isWallClockBased() {
				return true;
			}

		};
	}

}
