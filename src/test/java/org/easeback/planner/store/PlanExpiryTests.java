package org.easeback.planner.store;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.easeback.planner.Plan;
import org.easeback.planner.PlanRetention;
import org.easeback.planner.PlannerFixtures;
import org.easeback.planner.Plans;
import org.easeback.session.internal.EventCommand;
import org.easeback.session.internal.EventType;
import org.easeback.session.internal.GuidedSessions;
import org.easeback.support.MutableClock;
import org.easeback.support.MutableClockConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plans nobody uses are deleted with their events once the retention has passed, on H2
 * and on PostgreSQL; using a plan keeps it; two instances running the job at once neither
 * both delete nor fail. The clock is moved by hand; the job is run by the test (its
 * schedule is years away in tests).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(MutableClockConfiguration.class)
abstract class PlanExpiryTests {

	@Autowired
	Plans plans;

	@Autowired
	PlanExpiry expiry;

	@Autowired
	PlanRetention retention;

	@Autowired
	GuidedSessions sessions;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@BeforeEach
	void startFromNoPlans() {
		// each test counts what the job deleted: earlier tests' plans must not be there
		this.jdbc.sql("DELETE FROM session_plan").update();
	}

	@Test
	void aPlanUnusedForLongerThanTheRetentionIsDeletedWithItsEvents() {
		UUID old = save();
		postEvent(old, EventType.STARTED);
		this.clock.advance(longerThanTheRetention());
		UUID recent = save();

		assertThat(this.expiry.run()).hasValue(1);

		assertThat(this.plans.find(old)).isEmpty();
		assertThat(eventsOf(old)).isZero();
		assertThat(this.plans.find(recent)).isPresent();
	}

	@Test
	void aPlanIsKeptUntilTheRetentionHasPassedSinceItsLastUse() {
		UUID id = save();
		this.clock.advance(this.retention.unused().minusHours(1));

		assertThat(this.expiry.run()).hasValue(0);

		assertThat(this.plans.find(id)).isPresent();
	}

	@Test
	void openingAPlanKeepsItForAnotherRetention() {
		UUID id = save();
		this.clock.advance(this.retention.unused().minusDays(2));
		assertThat(this.plans.open(id)).isPresent();
		this.clock.advance(this.retention.unused().minusDays(2));

		assertThat(this.expiry.run()).hasValue(0);
		assertThat(this.plans.find(id)).isPresent();

		this.clock.advance(Duration.ofDays(4));
		assertThat(this.expiry.run()).hasValue(1);
		assertThat(this.plans.find(id)).isEmpty();
	}

	@Test
	void postingAnEventKeepsThePlanForAnotherRetention() {
		UUID id = save();
		this.clock.advance(this.retention.unused().minusDays(2));
		postEvent(id, EventType.STARTED);
		this.clock.advance(this.retention.unused().minusDays(2));

		assertThat(this.expiry.run()).hasValue(0);

		assertThat(this.plans.find(id)).isPresent();
		assertThat(eventsOf(id)).isEqualTo(1);
	}

	@Test
	void openingAPlanWritesItsLastUseAtMostOnceInAWhile() {
		UUID id = save();
		Instant made = lastUsedAt(id);
		this.clock.advance(this.retention.recordUseEvery().dividedBy(2));

		this.plans.open(id);
		assertThat(lastUsedAt(id)).as("opened soon after it was made: not written").isEqualTo(made);

		this.clock.advance(this.retention.recordUseEvery());
		this.plans.open(id);
		assertThat(lastUsedAt(id)).as("opened later: written").isAfter(made);
	}

	@Test
	void aNewPlanIsSavedWithItsCreationAsItsLastUse() {
		UUID id = save();

		assertThat(lastUsedAt(id)).isEqualTo(this.plans.find(id).orElseThrow().createdAt());
	}

	@Test
	void openingAPlanThatIsGoneFindsNothing() {
		UUID id = save();
		this.clock.advance(longerThanTheRetention());
		this.expiry.run();

		assertThat(this.plans.open(id)).isEmpty();
	}

	@Test
	void whileAnotherInstanceRunsTheJobThisOneDeletesNothing() {
		UUID old = save();
		this.clock.advance(longerThanTheRetention());
		JdbcTemplateLockProvider otherInstance = new JdbcTemplateLockProvider(
				JdbcTemplateLockProvider.Configuration.builder()
					.withJdbcTemplate(new JdbcTemplate(this.dataSource))
					.usingDbTime()
					.build());
		SimpleLock held = otherInstance
			.lock(new LockConfiguration(Instant.now(), PlanExpiry.LOCK, Duration.ofMinutes(5), Duration.ZERO))
			.orElseThrow();
		try {
			assertThat(this.expiry.run()).as("skipped").isEmpty();
			assertThat(this.plans.find(old)).isPresent();
		}
		finally {
			held.unlock();
		}

		assertThat(this.expiry.run()).hasValue(1);
		assertThat(this.plans.find(old)).isEmpty();
	}

	@Test
	void twoRunsAtOnceDeleteEveryExpiredPlanOnceAndNeitherFails() throws Exception {
		int expired = PlanExpiry.BATCH * 2 + 7;
		List<UUID> old = saveMany(expired);
		this.clock.advance(longerThanTheRetention());
		UUID recent = save();

		List<OptionalInt> runs = atOnce(this.expiry::run);

		assertThat(runs.stream().filter(OptionalInt::isPresent).mapToInt(OptionalInt::getAsInt).sum())
			.as("plans deleted by the runs that took the lock")
			.isEqualTo(expired);
		assertThat(countOf(old)).isZero();
		assertThat(this.plans.find(recent)).isPresent();
	}

	@Test
	void twoDeletionsAtOnceWithoutTheLockNeitherFail() throws Exception {
		// the lock is held at most a while: an instance that outlives it runs next to
		// another, so the deletion itself must be safe twice at once
		int expired = PlanExpiry.BATCH * 2 + 7;
		List<UUID> old = saveMany(expired);
		this.clock.advance(longerThanTheRetention());

		List<Integer> deleted = atOnce(this.expiry::deleteExpired);

		assertThat(deleted.stream().mapToInt(Integer::intValue).sum()).isEqualTo(expired);
		assertThat(countOf(old)).isZero();
	}

	private Duration longerThanTheRetention() {
		return this.retention.unused().plus(this.retention.recordUseEvery()).plusMinutes(1);
	}

	private UUID save() {
		return this.plans.save(plan()).id();
	}

	private List<UUID> saveMany(int count) {
		List<UUID> ids = new ArrayList<>();
		Plan plan = plan();
		for (int i = 0; i < count; i++) {
			ids.add(this.plans.save(plan).id());
		}
		return ids;
	}

	private static Plan plan() {
		return PlannerFixtures
			.planned(PlannerFixtures.planner().plan(PlannerFixtures.partner(15), PlannerFixtures.allClear()));
	}

	private void postEvent(UUID plan, EventType type) {
		this.sessions.record(plan, new EventCommand(type, null, null, null, null, 5, null), null);
	}

	private long eventsOf(UUID plan) {
		return this.jdbc.sql("SELECT COUNT(*) FROM session_event WHERE plan_id = :id")
			.param("id", plan)
			.query(Long.class)
			.single();
	}

	private long countOf(List<UUID> ids) {
		return this.jdbc.sql("SELECT COUNT(*) FROM session_plan WHERE id IN (:ids)")
			.param("ids", ids)
			.query(Long.class)
			.single();
	}

	private Instant lastUsedAt(UUID plan) {
		return this.jdbc.sql("SELECT last_used_at FROM session_plan WHERE id = :id")
			.param("id", plan)
			.query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
			.single();
	}

	private static <T> List<T> atOnce(java.util.concurrent.Callable<T> task) throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<T>> runs = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				runs.add(threads.submit(() -> {
					start.await(10, TimeUnit.SECONDS);
					return task.call();
				}));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> run : runs) {
				results.add(run.get(60, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			threads.shutdownNow();
		}
	}

}
