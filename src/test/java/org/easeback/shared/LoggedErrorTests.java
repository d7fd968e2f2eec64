package org.easeback.shared;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An error as a log may show it: classes, SQL state and frames, no message (hazard H44).
 */
class LoggedErrorTests {

	private final SQLException database = new SQLException("Value too long for column: 'Warfarin, pregnant'", "22001",
			22001);

	private final DataIntegrityViolationException error = new DataIntegrityViolationException(
			"INSERT failed; Value too long: 'Warfarin, pregnant'", this.database);

	@Test
	void aDescriptionNamesEachClassAndTheSqlStateButNoMessage() {
		assertThat(LoggedError.describe(this.error))
			.isEqualTo("DataIntegrityViolationException < SQLException (SQL state 22001, error 22001)");
	}

	@Test
	void aCopyKeepsTheClassesFramesAndCausesButNoMessage() {
		Throwable copy = LoggedError.withoutMessages(this.error);

		assertThat(copy.getMessage()).isEqualTo(DataIntegrityViolationException.class.getName());
		assertThat(copy.getStackTrace()).isEqualTo(this.error.getStackTrace());
		assertThat(copy.getCause().getMessage()).isEqualTo("java.sql.SQLException (SQL state 22001, error 22001)");
		assertThat(copy.getCause().getStackTrace()).isEqualTo(this.database.getStackTrace());
		assertThat(copy.getCause().getCause()).isNull();
	}

	@Test
	void aCauseThatLoopsBackEndsTheCopy() {
		RuntimeException first = new RuntimeException("first");
		RuntimeException second = new RuntimeException("second", first);
		first.initCause(second);

		assertThat(LoggedError.describe(first)).isEqualTo("RuntimeException < RuntimeException");
		assertThat(LoggedError.withoutMessages(first).getCause().getCause()).isNull();
	}

}
