package org.easeback.diary.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.easeback.diary.DiaryTag;
import org.easeback.diary.EntryInput;
import org.easeback.shared.FieldProblem;
import org.easeback.shared.InvalidInputException;
import org.easeback.shared.Region;

import org.apache.commons.lang3.EnumUtils;

import org.springframework.util.MultiValueMap;

/**
 * Reads the entry form: {@code takenAt} (a local date-time in the diary's zone, empty for
 * now), {@code pain}, the PEG items, the ticked {@code regions} each with
 * {@code intensity.<REGION>} (the overall pain when left empty), {@code tags} and
 * {@code note}.
 */
final class EntryForm {

	private EntryForm() {
	}

	static EntryInput read(MultiValueMap<String, String> form, ZoneId zone) {
		List<FieldProblem> problems = new ArrayList<>();
		var takenAt = dateTime(form.getFirst("takenAt"), zone, problems);
		Integer pain = number(form, "pain", problems);
		Integer pegAverage = number(form, "pegAverage", problems);
		Integer pegEnjoyment = number(form, "pegEnjoyment", problems);
		Integer pegActivity = number(form, "pegActivity", problems);
		List<EntryInput.AreaInput> areas = new ArrayList<>();
		for (String name : form.getOrDefault("regions", List.of())) {
			Region region = enumValue(Region.class, name);
			if (region == null) {
				problems.add(new FieldProblem("regions", "has an unknown area " + name));
				continue;
			}
			Integer intensity = number(form, "intensity." + name, problems);
			areas.add(new EntryInput.AreaInput(region, intensity != null ? intensity : pain));
		}
		Set<DiaryTag> tags = EnumSet.noneOf(DiaryTag.class);
		for (String name : form.getOrDefault("tags", List.of())) {
			DiaryTag tag = enumValue(DiaryTag.class, name);
			if (tag == null) {
				problems.add(new FieldProblem("tags", "has an unknown tag " + name));
			}
			else {
				tags.add(tag);
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new EntryInput(takenAt, pain, pegAverage, pegEnjoyment, pegActivity, areas, tags, form.getFirst("note"));
	}

	/** The areas ticked in a form, for the body-map picker. */
	static List<Region> selectedRegions(MultiValueMap<String, String> form) {
		return form.getOrDefault("regions", List.of())
			.stream()
			.map(EntryForm::region)
			.filter(java.util.Objects::nonNull)
			.toList();
	}

	/** The area of that name, or null. */
	static Region region(String name) {
		return enumValue(Region.class, name);
	}

	private static java.time.Instant dateTime(String value, ZoneId zone, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem("takenAt", "must be a date and time such as 2025-06-16T08:30"));
			return null;
		}
	}

	private static Integer number(MultiValueMap<String, String> form, String field, List<FieldProblem> problems) {
		String value = form.getFirst(field);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			problems.add(new FieldProblem(field, "must be a whole number from 0 to 10"));
			return null;
		}
	}

	private static <E extends Enum<E>> E enumValue(Class<E> type, String name) {
		return EnumUtils.getEnum(type, name);
	}

}
