package org.easeback.diary.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.easeback.shared.FieldProblem;
import org.easeback.shared.InvalidInputException;

/**
 * Reads the diary page's episode form: {@code onset} and {@code endedOn} as ISO dates
 * (what a date input sends), {@code endedOn} empty while the episode goes on. Text that
 * is not a date is a message at its field, not a bad request.
 *
 * @param onset the day the pain started, or null when empty
 * @param endedOn the day it ended, or null when empty
 */
record EpisodeForm(LocalDate onset, LocalDate endedOn) {

	static EpisodeForm read(String onset, String endedOn) {
		List<FieldProblem> problems = new ArrayList<>(0);
		LocalDate start = date("onset", onset, problems);
		LocalDate end = date("endedOn", endedOn, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new EpisodeForm(start, end);
	}

	private static LocalDate date(String field, String value, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(field, "must be a date such as 2025-06-16"));
			return null;
		}
	}

}
