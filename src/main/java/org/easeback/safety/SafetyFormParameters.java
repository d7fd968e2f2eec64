package org.easeback.safety;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.easeback.shared.Allergen;
import org.easeback.shared.FieldProblem;
import org.easeback.shared.Region;

/**
 * Safety answers as form parameters, so that the check page can post them and the result
 * page can carry them, in the bodies of its forms, to the planner
 * ({@code POST /plan/form}) and back to the check. The planner reads them back with
 * {@link #read} and runs the check again. They never go in an address.
 * <p>
 * Names: {@code answers.<question id>} = {@code yes|no}, {@code age}, {@code painOnset}
 * (YYYY-MM-DD), {@code pregnancyWeeks}, {@code firstEpisode} = {@code yes|no},
 * {@code allergies} (repeated allergen ids), {@code otherAllergies} (free text, comma
 * separated), {@code skinAreas} (repeated region names).
 */
public final class SafetyFormParameters {

	/** Prefix of the answer parameters. */
	public static final String ANSWER_PREFIX = "answers.";

	/** The page asks whether this is a first episode below this age. */
	public static final int FIRST_EPISODE_BELOW = CombinationRules.YOUNG_BELOW;

	/** The page asks whether this is a first episode above this age. */
	public static final int FIRST_EPISODE_ABOVE = CombinationRules.OLDER_ABOVE;

	/** The page asks whether they get up from the floor easily above this age. */
	public static final int FLOOR_ASKED_ABOVE = CombinationRules.ELDERLY_ABOVE;

	private SafetyFormParameters() {
	}

	/** Whether "first episode" matters at this age, so the page asks it. */
	public static boolean asksFirstEpisode(Integer age) {
		return age != null && (age < FIRST_EPISODE_BELOW || age > FIRST_EPISODE_ABOVE);
	}

	/** Whether getting up from the floor matters at this age, so the page asks it. */
	public static boolean asksFloorIsEasy(Integer age) {
		return age != null && age > FLOOR_ASKED_ABOVE;
	}

	/**
	 * What was read, and the fields that could not be read (left empty in the input).
	 *
	 * @param input the answers as typed values
	 * @param problems fields that were not a number, a date, or yes/no
	 */
	public record Read(SafetyInput input, List<FieldProblem> problems) {

		public Read {
			problems = List.copyOf(problems);
		}

	}

	/** Reads parameters; never throws, every unreadable field is a problem. */
	public static Read read(Map<String, List<String>> parameters) {
		List<FieldProblem> problems = new ArrayList<>();
		Map<String, Boolean> answers = new LinkedHashMap<>();
		parameters.forEach((name, values) -> {
			if (name.startsWith(ANSWER_PREFIX)) {
				String value = first(values);
				if (!value.isEmpty()) {
					answers.put(name.substring(ANSWER_PREFIX.length()), yesNo(name, value, problems));
				}
			}
		});
		answers.values().removeIf(java.util.Objects::isNull);
		Integer age = number(parameters, "age", problems);
		LocalDate onset = date(parameters, "painOnset", problems);
		Integer weeks = number(parameters, "pregnancyWeeks", problems);
		String first = first(parameters.get("firstEpisode"));
		Boolean firstEpisode = first.isEmpty() ? null : yesNo("firstEpisode", first, problems);
		List<String> allergies = new ArrayList<>(all(parameters, "allergies"));
		Arrays.stream(first(parameters.get("otherAllergies")).split(","))
			.map(String::trim)
			.filter(s -> !s.isEmpty())
			.forEach(allergies::add);
		return new Read(
				new SafetyInput(answers, age, onset, weeks, allergies, firstEpisode, all(parameters, "skinAreas")),
				problems);
	}

	/** The answers as parameters, in the form {@link #read} takes. */
	public static Map<String, List<String>> write(SafetyAnswers answers) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		answers.answers().forEach((q, yes) -> parameters.put(ANSWER_PREFIX + q.id(), List.of(yes ? "yes" : "no")));
		put(parameters, "age", answers.age());
		put(parameters, "painOnset", answers.painOnset());
		put(parameters, "pregnancyWeeks", answers.pregnancyWeeks());
		if (answers.firstEpisode() != null) {
			parameters.put("firstEpisode", List.of(answers.firstEpisode() ? "yes" : "no"));
		}
		List<String> known = answers.allergies().known().stream().map(Allergen::name).toList();
		if (!known.isEmpty()) {
			parameters.put("allergies", known);
		}
		if (!answers.allergies().other().isEmpty()) {
			parameters.put("otherAllergies", List.of(String.join(", ", answers.allergies().other())));
		}
		List<String> areas = answers.skinAreas().stream().map(Region::name).toList();
		if (!areas.isEmpty()) {
			parameters.put("skinAreas", areas);
		}
		return parameters;
	}

	private static void put(Map<String, List<String>> parameters, String name, Object value) {
		if (value != null) {
			parameters.put(name, List.of(value.toString()));
		}
	}

	private static Boolean yesNo(String name, String value, List<FieldProblem> problems) {
		String lower = value.toLowerCase(Locale.ROOT);
		if (lower.equals("yes") || lower.equals("true")) {
			return true;
		}
		if (lower.equals("no") || lower.equals("false")) {
			return false;
		}
		problems.add(new FieldProblem(name, "must be yes or no"));
		return null;
	}

	private static Integer number(Map<String, List<String>> parameters, String name, List<FieldProblem> problems) {
		String value = first(parameters.get(name));
		try {
			return value.isEmpty() ? null : Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			problems.add(new FieldProblem(name, "must be a whole number"));
			return null;
		}
	}

	private static LocalDate date(Map<String, List<String>> parameters, String name, List<FieldProblem> problems) {
		String value = first(parameters.get(name));
		try {
			return value.isEmpty() ? null : LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(name, "must be a date written as YYYY-MM-DD"));
			return null;
		}
	}

	private static List<String> all(Map<String, List<String>> parameters, String name) {
		return parameters.getOrDefault(name, List.of()).stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

	private static String first(List<String> values) {
		return (values == null || values.isEmpty() || values.get(0) == null) ? "" : values.get(0).trim();
	}

}
