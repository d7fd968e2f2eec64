package org.easeback.account.config;

import java.time.Clock;
import java.time.Duration;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rate limits, the failed sign-in limits ({@link LoginThrottle}) and where their
 * buckets live: in PostgreSQL when EaseBack runs on it (so that several instances share
 * them), in memory on the embedded H2 database, which only one process can open.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimits.class)
class RateLimitConfiguration {

	@Bean
	TokenBuckets tokenBuckets(RateLimits limits, DataSource dataSource, DataSourceProperties database, Clock clock) {
		if (DatabaseDriver.fromJdbcUrl(database.determineUrl()) == DatabaseDriver.POSTGRESQL) {
			return new SharedTokenBuckets(dataSource, clock);
		}
		return new LocalTokenBuckets(clock, longestPeriod(limits));
	}

	@Bean
	RateLimiter rateLimiter(RateLimits limits, TokenBuckets buckets) {
		return new RateLimiter(limits, buckets);
	}

	@Bean
	LoginThrottle loginThrottle(RateLimits limits, TokenBuckets buckets, Clock clock) {
		return new LoginThrottle(limits, buckets, clock);
	}

	private static Duration longestPeriod(RateLimits limits) {
		return Stream
			.of(limits.plans(), limits.sessionEvents(), limits.safetyChecks(), limits.registrations(), limits.signIns(),
					limits.redemptions(), limits.redemptionsPerTherapist(), limits.failedSignInsPerAddressAndAccount(),
					limits.failedSignInsPerAccount(), limits.failedSignInsPerAddress())
			.map(RateLimits.Limit::per)
			.max(Duration::compareTo)
			.orElseThrow();
	}

}
