package org.easeback.account.config;

import java.time.Duration;

import javax.sql.DataSource;

import org.easeback.support.MutableClock;
import org.easeback.support.OnPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On PostgreSQL the rate limits hold for the whole deployment: two instances (two bucket
 * stores on one database, as two EaseBack processes have) share each bucket instead of
 * allowing twice as much, and the rows of refilled buckets are cleaned up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@OnPostgres
class SharedRateLimitsOnPostgresTests {

	private static final RateLimits.Limit FIVE_A_MINUTE = new RateLimits.Limit(5, Duration.ofMinutes(1));

	@Autowired
	TokenBuckets buckets;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theApplicationKeepsItsBucketsInPostgres() {
		assertThat(this.buckets).isInstanceOf(SharedTokenBuckets.class);
	}

	@Test
	void twoInstancesShareOneAllowanceRatherThanDoublingIt() {
		MutableClock clock = new MutableClock();
		SharedTokenBuckets first = new SharedTokenBuckets(this.dataSource, clock);
		SharedTokenBuckets second = new SharedTokenBuckets(this.dataSource, clock);

		int allowed = 0;
		for (int i = 0; i < 10; i++) {
			TokenBuckets instance = (i % 2 == 0) ? first : second;
			if (instance.take("PLANS 192.0.2.1", FIVE_A_MINUTE).isConsumed()) {
				allowed++;
			}
		}

		assertThat(allowed).isEqualTo(5);
	}

	@Test
	void aCheckTakesNothingAndSeesWhatAnotherInstanceTook() {
		MutableClock clock = new MutableClock();
		SharedTokenBuckets first = new SharedTokenBuckets(this.dataSource, clock);
		SharedTokenBuckets second = new SharedTokenBuckets(this.dataSource, clock);
		String key = "FAILED_SIGN_INS_BY_ACCOUNT 192.0.2.4";
		for (int i = 0; i < 10; i++) {
			assertThat(second.check(key, FIVE_A_MINUTE).canBeConsumed()).as("check %d", i + 1).isTrue();
		}
		for (int i = 0; i < 5; i++) {
			assertThat(first.take(key, FIVE_A_MINUTE).isConsumed()).as("failure %d", i + 1).isTrue();
		}

		assertThat(second.check(key, FIVE_A_MINUTE).canBeConsumed()).isFalse();
		assertThat(second.check(key, FIVE_A_MINUTE).getNanosToWaitForRefill()).isPositive();
	}

	@Test
	void theRowOfABucketThatIsFullAgainIsRemoved() throws InterruptedException {
		SharedTokenBuckets store = new SharedTokenBuckets(this.dataSource, new MutableClock());
		// one token of a thousand a second is back within a millisecond
		store.take("PLANS 192.0.2.2", new RateLimits.Limit(1_000, Duration.ofSeconds(1)));
		store.take("PLANS 192.0.2.3", FIVE_A_MINUTE);
		assertThat(rows("PLANS 192.0.2.2")).isEqualTo(1);
		Thread.sleep(20);

		store.removeExpired();

		assertThat(rows("PLANS 192.0.2.2")).isZero();
		assertThat(rows("PLANS 192.0.2.3")).as("not yet refilled").isEqualTo(1);
	}

	private long rows(String key) {
		return this.jdbc.sql("SELECT COUNT(*) FROM rate_limit_bucket WHERE id = :id")
			.param("id", key)
			.query(Long.class)
			.single();
	}

}
