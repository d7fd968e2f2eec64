package org.easeback.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events between modules go through Spring Modulith's JDBC event publication registry,
 * whose table our Flyway migration creates. Written once, run on H2 and on PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(EventPublicationRegistryTests.Listener.class)
abstract class EventPublicationRegistryTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void shouldMarkThePublicationCompletedOnceTheListenerHasRun() {
		UUID marker = UUID.randomUUID();

		this.transactions
			.executeWithoutResult(status -> this.events.publishEvent(new SomethingHappened(marker, false)));

		Map<String, Object> row = awaitPublication(marker, "completion_date IS NOT NULL");
		assertThat(row.get("event_type")).asString().endsWith("SomethingHappened");
		assertThat(row.get("serialized_event")).asString().contains(marker.toString());
	}

	@Test
	void shouldKeepThePublicationWhenTheListenerFailsSoItCanBeResubmitted() {
		UUID marker = UUID.randomUUID();

		this.transactions.executeWithoutResult(status -> this.events.publishEvent(new SomethingHappened(marker, true)));

		Map<String, Object> row = awaitPublication(marker, "status = 'FAILED'");
		assertThat(row.get("completion_date")).isNull();
	}

	@Test
	void shouldStoreNothingWhenThePublishingTransactionRollsBack() {
		UUID marker = UUID.randomUUID();

		this.transactions.executeWithoutResult(status -> {
			this.events.publishEvent(new SomethingHappened(marker, false));
			status.setRollbackOnly();
		});

		assertThat(publications(marker)).isZero();
	}

	private long publications(UUID marker) {
		return this.jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE :marker")
			.param("marker", "%" + marker + "%")
			.query(Long.class)
			.single();
	}

	private Map<String, Object> awaitPublication(UUID marker, String condition) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		while (Instant.now().isBefore(deadline)) {
			var rows = this.jdbc
				.sql("SELECT * FROM event_publication WHERE serialized_event LIKE :marker AND " + condition)
				.param("marker", "%" + marker + "%")
				.query()
				.listOfRows();
			if (!rows.isEmpty()) {
				return rows.get(0);
			}
			sleep();
		}
		throw new AssertionError("No publication for " + marker + " with " + condition);
	}

	private static void sleep() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	record SomethingHappened(UUID marker, boolean listenerFails) {
	}

	@TestConfiguration
	static class Listener {

		@Bean
		SomethingHappenedListener somethingHappenedListener() {
			return new SomethingHappenedListener();
		}

	}

	static class SomethingHappenedListener {

		@ApplicationModuleListener
		void on(SomethingHappened event) {
			if (event.listenerFails()) {
				throw new IllegalStateException("listener failed on purpose");
			}
		}

	}

}
