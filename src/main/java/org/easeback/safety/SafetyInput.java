package org.easeback.safety;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.constraints.Size;
import org.easeback.shared.FieldProblem;
import org.easeback.shared.InvalidInputException;
import org.easeback.shared.Region;

/**
 * Answers as a client sends them: question ids as strings, areas as region names. Reading
 * them ({@link #toAnswers}) checks every field and reports all problems at once, each
 * named the way the client wrote it ({@code answers.fever}, {@code skinAreas[1]}).
 *
 * @param answers yes/no by question id; required
 * @param age age in years, optional
 * @param painOnset the day the pain started, optional
 * @param pregnancyWeeks weeks of pregnancy, optional
 * @param allergies allergen ids or free text, optional
 * @param firstEpisode whether this is the first episode of back pain, optional
 * @param skinAreas region names of the areas with a skin problem, optional
 */
public record SafetyInput(Map<String, Boolean> answers, Integer age, LocalDate painOnset, Integer pregnancyWeeks,
		@Size(max = MAX_ALLERGIES,
				message = "list at most " + MAX_ALLERGIES + " allergies") List<@Size(max = MAX_ALLERGY_LENGTH,
						message = "must be at most " + MAX_ALLERGY_LENGTH + " characters") String> allergies,
		Boolean firstEpisode,
		@Size(max = Region.COUNT, message = "list each area at most once") List<String> skinAreas) {

	/** Longest free-text allergy accepted. */
	public static final int MAX_ALLERGY_LENGTH = 100;

	/**
	 * Most allergies accepted: far more than anyone reports, few enough to plan at once.
	 */
	public static final int MAX_ALLERGIES = 30;

	/**
	 * The answers, checked on {@code today}.
	 * @throws InvalidInputException naming every bad field
	 */
	public SafetyAnswers toAnswers(LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		Map<Question, Boolean> byQuestion = new java.util.EnumMap<>(Question.class);
		if (this.answers == null) {
			problems.add(new FieldProblem("answers", "is required: give each question id with true or false"));
		}
		else {
			this.answers.forEach((id, yes) -> {
				Optional<Question> question = Question.byId(id);
				if (question.isEmpty()) {
					problems.add(new FieldProblem("answers." + id, "is not a known question"));
				}
				else if (yes == null) {
					problems.add(new FieldProblem("answers." + id, "must be true or false"));
				}
				else {
					byQuestion.put(question.get(), yes);
				}
			});
		}
		if (this.age != null && (this.age < SafetyAnswers.MIN_AGE || this.age > SafetyAnswers.MAX_AGE)) {
			problems.add(new FieldProblem("age",
					"must be between " + SafetyAnswers.MIN_AGE + " and " + SafetyAnswers.MAX_AGE));
		}
		if (this.pregnancyWeeks != null
				&& (this.pregnancyWeeks < 0 || this.pregnancyWeeks > SafetyAnswers.MAX_PREGNANCY_WEEKS)) {
			problems
				.add(new FieldProblem("pregnancyWeeks", "must be between 0 and " + SafetyAnswers.MAX_PREGNANCY_WEEKS));
		}
		List<String> allergyList = (this.allergies != null) ? this.allergies : List.of();
		// the same maximum as the annotation: the page form reaches here without it
		if (allergyList.size() > MAX_ALLERGIES) {
			problems.add(new FieldProblem("allergies", "list at most " + MAX_ALLERGIES + " allergies"));
			allergyList = List.of();
		}
		for (int i = 0; i < allergyList.size(); i++) {
			String entry = allergyList.get(i);
			if (entry != null && entry.trim().length() > MAX_ALLERGY_LENGTH) {
				problems.add(new FieldProblem("allergies[" + i + "]",
						"must be at most " + MAX_ALLERGY_LENGTH + " characters"));
			}
		}
		Set<Region> areas = regions(problems);
		problems.addAll(SafetyCheck.problems(byQuestion.getOrDefault(Question.SKIN_PROBLEM, false), areas,
				this.painOnset, today));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new SafetyAnswers(byQuestion, this.age, this.painOnset, this.pregnancyWeeks,
				Allergies.parse(allergyList), this.firstEpisode, areas);
	}

	private Set<Region> regions(List<FieldProblem> problems) {
		Set<Region> areas = EnumSet.noneOf(Region.class);
		List<String> names = (this.skinAreas != null) ? this.skinAreas : List.of();
		if (names.size() > Region.COUNT) {
			problems.add(new FieldProblem("skinAreas", "list each area at most once"));
			return areas;
		}
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			try {
				areas.add(Region.valueOf(String.valueOf(name).trim().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem("skinAreas[" + i + "]", "is not a known area of the back"));
			}
		}
		return areas;
	}

}
