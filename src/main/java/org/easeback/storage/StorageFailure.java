package org.easeback.storage;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure of the database to store anything (a full disk, an I/O error, a
 * database H2 closed after one) from every other error, so that it can be answered with
 * {@code 503} instead of {@code 500}.
 */
public final class StorageFailure {

	/**
	 * H2's codes for a database it can no longer write: 90028 and 90031 (an I/O error),
	 * 90098 (the database was closed, which H2's store does after any write fails), 90121
	 * (closed while a statement ran), 90020 (the file still held by a database being
	 * closed, met while H2 re-opens it).
	 */
	private static final Set<Integer> H2_CODES = Set.of(90028, 90031, 90098, 90121, 90020);

	/** The exception H2's store throws when a write to its file fails. */
	private static final String H2_STORE_EXCEPTION = "org.h2.mvstore.MVStoreException";

	/**
	 * PostgreSQL's class 53, insufficient resources (53100 disk_full, 53200
	 * out_of_memory, 53300 too_many_connections), and 58030 io_error.
	 */
	private static final String POSTGRES_RESOURCES = "53";

	private static final String POSTGRES_IO_ERROR = "58030";

	private StorageFailure() {
	}

	/**
	 * Whether this error, or any error that caused it, is a storage failure. A failed
	 * rollback hides the error that made the transaction roll back; that one counts too.
	 */
	public static boolean in(Throwable error) {
		return anySql(error, StorageFailure::is);
	}

	/**
	 * Whether this error, or any error that caused it, says the connection to the
	 * database was lost or closed (SQL state class 08).
	 */
	static boolean lostConnection(Throwable error) {
		return anySql(error, (sql) -> sql.getSQLState() != null && sql.getSQLState().startsWith("08"));
	}

	private static boolean anySql(Throwable error, Predicate<SQLException> test) {
		Deque<Throwable> next = new ArrayDeque<>();
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		next.add(error);
		while (!next.isEmpty()) {
			Throwable cause = next.poll();
			if (!seen.add(cause)) {
				continue;
			}
			if (cause instanceof SQLException sql && test.test(sql)) {
				return true;
			}
			if (cause.getCause() != null) {
				next.add(cause.getCause());
			}
			if (cause instanceof TransactionSystemException failed && failed.getApplicationException() != null) {
				next.add(failed.getApplicationException());
			}
			next.addAll(List.of(cause.getSuppressed()));
		}
		return false;
	}

	/** Whether this SQL error says the database cannot store anything. */
	public static boolean is(SQLException error) {
		return closesDatabase(error) || isPostgres(error.getSQLState());
	}

	/**
	 * Whether this is H2's: after a failed write H2 closes the whole database, so every
	 * connection to it is dead and only a new connection (which opens the file again) can
	 * work.
	 */
	static boolean closesDatabase(SQLException error) {
		// H2 gives its own code as the SQL state too, which tells it from other drivers'
		if (H2_CODES.contains(error.getErrorCode())
				&& String.valueOf(error.getErrorCode()).equals(error.getSQLState())) {
			return true;
		}
		Map<Throwable, Boolean> seen = new IdentityHashMap<>();
		for (Throwable cause = error.getCause(); cause != null
				&& seen.put(cause, true) == null; cause = cause.getCause()) {
			if (H2_STORE_EXCEPTION.equals(cause.getClass().getName())) {
				return true;
			}
		}
		return false;
	}

	private static boolean isPostgres(String state) {
		return state != null && (state.startsWith(POSTGRES_RESOURCES) || state.equals(POSTGRES_IO_ERROR));
	}

}
