package org.easeback.storage;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.h2.mvstore.MVStoreException;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which database errors mean "cannot store anything" (answered 503, readiness DOWN) and
 * which do not (a bug or bad data: still a 500 or a 4xx).
 */
class StorageFailureTests {

	@Test
	void aFullDiskOnPostgresIsAStorageFailure() {
		SQLException diskFull = new SQLException("could not extend file \"base/16384/16385\": No space left on device",
				"53100");

		assertThat(StorageFailure.is(diskFull)).isTrue();
		assertThat(StorageFailure.in(new DataAccessResourceFailureException("insert failed", diskFull))).isTrue();
	}

	@Test
	void everyInsufficientResourcesErrorOfPostgresAndItsIoErrorAreStorageFailures() {
		assertThat(StorageFailure.is(new SQLException("out of memory", "53200"))).isTrue();
		assertThat(StorageFailure.is(new SQLException("too many connections", "53300"))).isTrue();
		assertThat(StorageFailure.is(new SQLException("could not write block", "58030"))).isTrue();
	}

	@Test
	void aPostgresFullDiskDoesNotCloseTheConnection() {
		assertThat(StorageFailure.closesDatabase(new SQLException("No space left on device", "53100"))).isFalse();
	}

	@Test
	void h2sClosedDatabaseAndItsIoErrorsAreStorageFailuresThatCloseTheConnection() {
		for (int code : new int[] { 90028, 90031, 90098, 90121, 90020 }) {
			SQLException error = new SQLException("H2 says " + code, String.valueOf(code), code);
			assertThat(StorageFailure.is(error)).as("H2 error %d", code).isTrue();
			assertThat(StorageFailure.closesDatabase(error)).as("H2 error %d", code).isTrue();
		}
	}

	@Test
	void h2sGeneralErrorIsAStorageFailureOnlyWhenItsStoreFailedToWrite() {
		SQLException writeFailed = new SQLException("General error", "HY000", 50000,
				new MVStoreException(2, "Writing to file failed"));
		SQLException otherwise = new SQLException("General error", "HY000", 50000, new IllegalStateException("a bug"));

		assertThat(StorageFailure.is(writeFailed)).isTrue();
		assertThat(StorageFailure.closesDatabase(writeFailed)).isTrue();
		assertThat(StorageFailure.is(otherwise)).isFalse();
	}

	@Test
	void theErrorBehindAFailedRollbackCounts() {
		TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed", "08003"));
		rollbackFailed.initApplicationException(new DataAccessResourceFailureException("insert failed",
				new SQLException("The database has been closed", "90098", 90098)));

		assertThat(StorageFailure.in(rollbackFailed)).isTrue();
	}

	@Test
	void aPoolThatCannotOpenAConnectionToAClosedDatabaseIsAStorageFailure() {
		SQLException timeout = new SQLTransientConnectionException("Connection is not available", "08001");
		timeout.initCause(new SQLException("IO Exception: No space left on device", "90028", 90028));

		assertThat(StorageFailure.in(new CannotGetJdbcConnectionException("no connection", timeout))).isTrue();
	}

	@Test
	void otherDatabaseErrorsAreNotStorageFailures() {
		assertThat(StorageFailure.in(new DuplicateKeyException("duplicate",
				new SQLException("duplicate key value violates unique constraint", "23505"))))
			.isFalse();
		assertThat(StorageFailure.is(new SQLException("connection refused", "08001"))).isFalse();
		// another driver's error code that happens to be one of H2's
		assertThat(StorageFailure.is(new SQLException("vendor error", "HY000", 90098))).isFalse();
		assertThat(StorageFailure.in(new IllegalStateException("a bug"))).isFalse();
	}

	@Test
	void aClosedConnectionIsExplainedByStorageOnlyWhileStorageIsFailing() {
		Storage storage = new Storage(java.time.Clock.systemUTC());
		TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed", "08003"));

		assertThat(storage.explains(rollbackFailed)).isFalse();
		storage.failed(new SQLException("The database has been closed", "90098", 90098));
		assertThat(storage.explains(rollbackFailed)).isTrue();
	}

}
