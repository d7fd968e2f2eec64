package org.easeback.web;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.tomcat.util.http.InvalidParameterException;

import org.easeback.shared.FieldProblem;
import org.springframework.security.web.firewall.RequestRejectedException;

/**
 * A query or form parameter that cannot be used: one Tomcat could not decode (for example
 * {@code %ff%fe}, which is not UTF-8), or one whose name Spring Security's firewall
 * refuses (a blank or control-character name). Both are thrown when the parameters are
 * first read, wherever that happens; both are the client's mistake, so they are a 400
 * naming the parameter, never a 500.
 */
record UnusableParameter(FieldProblem problem) {

	private static final Pattern NAME = Pattern.compile("Parameter \\[([^\\]]{1,64})\\]");

	static Optional<UnusableParameter> in(Throwable error) {
		for (Throwable t = error; t != null; t = t.getCause()) {
			if (t instanceof InvalidParameterException) {
				Matcher m = NAME.matcher(String.valueOf(t.getMessage()));
				String name = m.find() && printable(m.group(1)) ? m.group(1) : "parameters";
				return Optional
					.of(new UnusableParameter(new FieldProblem(name, "is not correctly percent-encoded UTF-8")));
			}
			if (t instanceof RequestRejectedException) {
				return Optional.of(new UnusableParameter(new FieldProblem("parameters",
						"contain a name or value that is not allowed (blank, or with control characters)")));
			}
		}
		return Optional.empty();
	}

	private static boolean printable(String name) {
		return !name.isBlank() && name.chars().allMatch(c -> c > 0x20 && c < 0x7f);
	}

}
