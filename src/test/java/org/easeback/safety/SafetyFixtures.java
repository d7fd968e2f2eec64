package org.easeback.safety;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.easeback.shared.Region;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Answers, clocks and checks the safety tests share. */
public final class SafetyFixtures {

	/** The day every safety test runs on. */
	public static final LocalDate TODAY = LocalDate.of(2025, 6, 16);

	private SafetyFixtures() {
	}

	/** A clock fixed at noon UTC on {@link #TODAY}. */
	public static Clock fixedClock() {
		return Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
	}

	/** The application's own texts, read as Spring Boot reads them. */
	public static MessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	/** The standard check on {@link #TODAY}. */
	public static SafetyCheck check() {
		return new SafetyCheck(fixedClock());
	}

	/** Nothing answered. */
	public static SafetyAnswers noAnswers() {
		return SafetyAnswers.NONE;
	}

	/** Every question answered "no". */
	public static SafetyAnswers allNo() {
		SafetyAnswers answers = SafetyAnswers.NONE;
		java.util.Map<Question, Boolean> no = new java.util.EnumMap<>(Question.class);
		for (Question question : Question.values()) {
			no.put(question, false);
		}
		return new SafetyAnswers(no, null, null, null, Allergies.NONE, null, answers.skinAreas());
	}

	/** Only these questions answered "yes". */
	public static SafetyAnswers yes(Question... questions) {
		return allNo().withYes(questions);
	}

	/** A skin problem on these areas. */
	public static SafetyAnswers skinProblemOn(Region... areas) {
		Set<Region> marked = EnumSet.noneOf(Region.class);
		marked.addAll(List.of(areas));
		return yes(Question.SKIN_PROBLEM).withSkinAreas(marked);
	}

	/** Answers with these allergies (ids or free text). */
	public static SafetyAnswers allergicTo(String... allergies) {
		return allNo().withAllergies(Allergies.parse(List.of(allergies)));
	}

	/** Answers whose pain started this many days before {@link #TODAY}. */
	public static SafetyAnswers painForDays(long days) {
		return allNo().withPainOnset(TODAY.minusDays(days));
	}

	/** A JSON body for the API with the given extra fields after {@code answers}. */
	public static String body(String answers, String extra) {
		return "{\"answers\": " + answers + (extra.isEmpty() ? "" : ", " + extra) + "}";
	}

}
