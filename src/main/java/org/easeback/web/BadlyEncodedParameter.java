package org.easeback.web;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.tomcat.util.http.InvalidParameterException;

import org.easeback.shared.FieldProblem;

/**
 * A query or form parameter that Tomcat could not decode (for example {@code %ff%fe},
 * which is not UTF-8). Tomcat throws when the parameters are first read, wherever that
 * happens; this is the client's mistake, so it is a 400 naming the parameter, never a
 * 500.
 */
record BadlyEncodedParameter(String name) {

	private static final Pattern NAME = Pattern.compile("Parameter \\[([^\\]]{1,64})\\]");

	static Optional<BadlyEncodedParameter> in(Throwable error) {
		for (Throwable t = error; t != null; t = t.getCause()) {
			if (t instanceof InvalidParameterException) {
				Matcher m = NAME.matcher(String.valueOf(t.getMessage()));
				String name = m.find() && m.group(1).chars().allMatch(c -> c >= 0x20 && c < 0x7f) ? m.group(1)
						: "query";
				return Optional.of(new BadlyEncodedParameter(name));
			}
		}
		return Optional.empty();
	}

	FieldProblem problem() {
		return new FieldProblem(this.name, "is not correctly percent-encoded UTF-8");
	}

}
