package org.easeback.shared;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * What a log may say about an error: the classes of the exception and its causes, and a
 * database error's SQL state and vendor code, never a message. Messages carry values: the
 * database's "value too long" quotes the start of the value it refused, a JSON parser
 * quotes the input, so a message logged would put a health answer in the log and in every
 * copy of it (hazard H44).
 */
public final class LoggedError {

	/** Deeper cause chains are cut here; real ones are a few levels. */
	private static final int MAX_DEPTH = 16;

	private LoggedError() {
	}

	/**
	 * The error's class and its causes' classes, outermost first, with SQL states: for
	 * example {@code DataIntegrityViolationException < JdbcSQLDataException (SQL state
	 * 22001, error 22001)}.
	 */
	public static String describe(Throwable error) {
		StringBuilder text = new StringBuilder();
		Map<Throwable, Boolean> seen = new IdentityHashMap<>();
		int depth = 0;
		for (Throwable t = error; t != null && seen.put(t, true) == null && depth < MAX_DEPTH; t = t.getCause()) {
			if (depth++ > 0) {
				text.append(" < ");
			}
			text.append(t.getClass().getSimpleName()).append(sqlState(t));
		}
		return text.toString();
	}

	/**
	 * A copy of the error for a log's stack trace: the same classes (named in the
	 * message), the same frames and causes, no message.
	 */
	public static Throwable withoutMessages(Throwable error) {
		return copy(error, new IdentityHashMap<>(), 0);
	}

	private static Throwable copy(Throwable error, Map<Throwable, Boolean> seen, int depth) {
		if (error == null || seen.put(error, true) != null || depth >= MAX_DEPTH) {
			return null;
		}
		Redacted copy = new Redacted(error.getClass().getName() + sqlState(error),
				copy(error.getCause(), seen, depth + 1));
		copy.setStackTrace(error.getStackTrace());
		return copy;
	}

	private static String sqlState(Throwable error) {
		return (error instanceof SQLException sql)
				? " (SQL state " + sql.getSQLState() + ", error " + sql.getErrorCode() + ")" : "";
	}

	/** Stands in for an error in a log: its message is the original's class. */
	static final class Redacted extends RuntimeException {

		Redacted(String originalClass, Throwable cause) {
			super(originalClass, cause, false, true);
		}

	}

}
