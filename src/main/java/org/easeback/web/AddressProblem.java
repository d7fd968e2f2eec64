package org.easeback.web;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.apache.commons.lang3.StringUtils;

import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * What a page's error names when part of its address cannot be used: a query parameter or
 * a path segment of the wrong kind, from an old or hand-edited link (for example
 * {@code /diary?page=abc} or {@code /sessions/not-a-session}). The value is shortened
 * before it is shown (the page escapes it).
 *
 * @param name the parameter's name, as in the address or the route
 * @param value what the address had, at most {@value #SHOWN} characters
 * @param expected what belongs there, in words
 */
record AddressProblem(String name, String value, String expected) {

	static final int SHOWN = 40;

	static Optional<AddressProblem> of(Throwable error) {
		for (Throwable t = error; t != null; t = t.getCause()) {
			if (t instanceof MethodArgumentTypeMismatchException mismatch) {
				return Optional.of(new AddressProblem(mismatch.getName(),
						StringUtils.abbreviate(String.valueOf(mismatch.getValue()), SHOWN),
						expected(mismatch.getRequiredType())));
			}
		}
		return Optional.empty();
	}

	private static String expected(Class<?> type) {
		if (type == null) {
			return "another kind of value";
		}
		if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
			return "a whole number";
		}
		if (type == UUID.class) {
			return "an identifier";
		}
		if (type == LocalDate.class) {
			return "a date (year-month-day)";
		}
		if (type.isEnum()) {
			return "one of the values EaseBack offers there";
		}
		return "another kind of value";
	}

}
