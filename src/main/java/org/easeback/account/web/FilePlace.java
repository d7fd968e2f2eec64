package org.easeback.account.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.easeback.shared.FieldProblem;

/**
 * Says in words where in an imported file a problem is, counting from 1 as a reader does:
 * {@code diary.entries[1].takenAt} becomes "diary, entry 2, takenAt". The names stay the
 * file's own, so a reader who opens the file finds the place.
 */
final class FilePlace {

	private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d+)\\]");

	private FilePlace() {
	}

	/** The problem as one sentence: "diary, entry 2, pain must be between 0 and 10". */
	static String describe(FieldProblem problem) {
		return words(problem.field()) + " " + problem.message();
	}

	/** Every problem, one sentence each, joined by semicolons. */
	static String describe(List<FieldProblem> problems) {
		return problems.stream().map(FilePlace::describe).collect(Collectors.joining("; "));
	}

	static String words(String path) {
		List<String> parts = new ArrayList<>();
		for (String segment : path.split("\\.")) {
			Matcher indexed = INDEXED.matcher(segment);
			parts.add(indexed.matches() ? singular(indexed.group(1)) + " " + (Integer.parseInt(indexed.group(2)) + 1)
					: segment);
		}
		return String.join(", ", parts);
	}

	private static String singular(String name) {
		if (name.endsWith("ies")) {
			return name.substring(0, name.length() - 3) + "y";
		}
		return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
	}

}
