package org.easeback.diary;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The diary's storage on the default H2 file database. */
class DiaryStoreOnH2Tests extends DiaryStoreTests {

	@Autowired
	JdbcClient jdbc;

	/**
	 * The latest entries and a page are read from the newest-first index in its order, so
	 * H2 stops after the rows asked for instead of reading and sorting every entry of the
	 * user (V7; docs/performance.md, /diary). H2 only does that when the ORDER BY starts
	 * at the index's first column: a reworded query would silently go back to reading
	 * all.
	 */
	@Test
	void theNewestEntriesAreReadFromTheIndexInOrderNotSorted() {
		String carol = "user-" + java.util.UUID.randomUUID() + "@example.org";
		Instant start = Instant.now().minus(Duration.ofDays(60));
		for (int i = 0; i < 60; i++) {
			this.entries.add(carol, DiaryFixtures.entryWithPainAt(i % 10, start.plus(Duration.ofDays(i))));
		}

		String latest = this.jdbc.sql("EXPLAIN ANALYZE " + EntryReads.LATEST)
			.param("username", carol)
			.param("count", 3)
			.query(String.class)
			.single();
		String page = this.jdbc.sql("EXPLAIN ANALYZE " + EntryReads.PAGE)
			.param("username", carol)
			.param("offset", 20)
			.param("size", 20)
			.query(String.class)
			.single();

		assertThat(latest).contains("diary_entry_newest_first_idx").contains("index sorted").contains("scanCount: 3");
		assertThat(page).contains("diary_entry_newest_first_idx").contains("index sorted").contains("scanCount: 40");
	}

}
