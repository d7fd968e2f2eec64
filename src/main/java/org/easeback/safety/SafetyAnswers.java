package org.easeback.safety;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.easeback.shared.InvalidInputException;
import org.easeback.shared.Region;

/**
 * Everything a person told the safety check. A question that is not in {@code answers}
 * was not answered; for the rules that is the same as "no". Optional numbers and dates
 * are {@code null} when not given.
 *
 * @param answers yes ({@code true}) or no ({@code false}) by question
 * @param age age in years, 0 to 120, or {@code null}
 * @param painOnset the day the current pain started, or {@code null}
 * @param pregnancyWeeks weeks of pregnancy, 0 to 45, or {@code null}
 * @param allergies allergies by allergen and in the person's own words
 * @param firstEpisode {@code true} when this is the first time the back has hurt like
 * this, or {@code null}
 * @param skinAreas the areas the person marked as having a skin problem
 */
public record SafetyAnswers(Map<Question, Boolean> answers, Integer age, LocalDate painOnset, Integer pregnancyWeeks,
		Allergies allergies, Boolean firstEpisode, Set<Region> skinAreas) {

	/** Youngest accepted age. */
	public static final int MIN_AGE = 0;

	/** Oldest accepted age. */
	public static final int MAX_AGE = 120;

	/** Most weeks of pregnancy accepted. */
	public static final int MAX_PREGNANCY_WEEKS = 45;

	/** Nothing answered yet. */
	public static final SafetyAnswers NONE = new SafetyAnswers(Map.of(), null, null, null, Allergies.NONE, null,
			Set.of());

	public SafetyAnswers {
		Map<Question, Boolean> copy = new EnumMap<>(Question.class);
		answers.forEach((question, yes) -> copy.put(Objects.requireNonNull(question, "question"),
				Objects.requireNonNull(yes, "answer")));
		answers = Collections.unmodifiableMap(copy);
		if (age != null && (age < MIN_AGE || age > MAX_AGE)) {
			throw new InvalidInputException("age", "must be between " + MIN_AGE + " and " + MAX_AGE);
		}
		if (pregnancyWeeks != null && (pregnancyWeeks < 0 || pregnancyWeeks > MAX_PREGNANCY_WEEKS)) {
			throw new InvalidInputException("pregnancyWeeks", "must be between 0 and " + MAX_PREGNANCY_WEEKS);
		}
		Objects.requireNonNull(allergies, "allergies");
		Set<Region> areas = EnumSet.noneOf(Region.class);
		areas.addAll(skinAreas);
		skinAreas = Collections.unmodifiableSet(areas);
	}

	/** True when the question was answered "yes". */
	public boolean yes(Question question) {
		return Boolean.TRUE.equals(this.answers.get(question));
	}

	/** These answers with the questions answered "yes". */
	public SafetyAnswers withYes(Question... questions) {
		Map<Question, Boolean> more = new EnumMap<>(Question.class);
		more.putAll(this.answers);
		for (Question question : questions) {
			more.put(question, true);
		}
		return new SafetyAnswers(more, this.age, this.painOnset, this.pregnancyWeeks, this.allergies, this.firstEpisode,
				this.skinAreas);
	}

	/** These answers with the question answered "yes" or "no". */
	public SafetyAnswers withAnswer(Question question, boolean yes) {
		Map<Question, Boolean> more = new EnumMap<>(Question.class);
		more.putAll(this.answers);
		more.put(question, yes);
		return new SafetyAnswers(more, this.age, this.painOnset, this.pregnancyWeeks, this.allergies, this.firstEpisode,
				this.skinAreas);
	}

	/** These answers with an age. */
	public SafetyAnswers withAge(Integer years) {
		return new SafetyAnswers(this.answers, years, this.painOnset, this.pregnancyWeeks, this.allergies,
				this.firstEpisode, this.skinAreas);
	}

	/** These answers saying whether this is the first episode of back pain. */
	public SafetyAnswers withFirstEpisode(Boolean first) {
		return new SafetyAnswers(this.answers, this.age, this.painOnset, this.pregnancyWeeks, this.allergies, first,
				this.skinAreas);
	}

	/** These answers with the day the pain started. */
	public SafetyAnswers withPainOnset(LocalDate onset) {
		return new SafetyAnswers(this.answers, this.age, onset, this.pregnancyWeeks, this.allergies, this.firstEpisode,
				this.skinAreas);
	}

	/** These answers with weeks of pregnancy. */
	public SafetyAnswers withPregnancyWeeks(Integer weeks) {
		return new SafetyAnswers(this.answers, this.age, this.painOnset, weeks, this.allergies, this.firstEpisode,
				this.skinAreas);
	}

	/** These answers with allergies. */
	public SafetyAnswers withAllergies(Allergies given) {
		return new SafetyAnswers(this.answers, this.age, this.painOnset, this.pregnancyWeeks, given, this.firstEpisode,
				this.skinAreas);
	}

	/** These answers with the areas marked as having a skin problem. */
	public SafetyAnswers withSkinAreas(Set<Region> areas) {
		return new SafetyAnswers(this.answers, this.age, this.painOnset, this.pregnancyWeeks, this.allergies,
				this.firstEpisode, areas);
	}

}
