package org.easeback.safety.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.easeback.safety.Question;
import org.easeback.safety.QuestionGroup;
import org.easeback.safety.SafetyFormParameters;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The check page's form as posted, turned into the explicit answers the rest of EaseBack
 * reads ({@code answers.<id>=yes|no} for every question of an answered group, see
 * {@link SafetyFormParameters}), with the problems only the page has: a group left
 * silent, "None of these" ticked with a box, a follow-up its answer calls for, the age.
 * <p>
 * A group is answered when one of its boxes or its "None of these"
 * ({@code none.<GROUP>=yes}) is ticked, or when each of its questions comes as an
 * explicit "no" (the result page's hidden fields carry them so). Silence is never "no". A
 * follow-up whose condition does not hold is left out: its answer means nothing then.
 *
 * @param answers the explicit answers and the other fields, by parameter name
 * @param problems what the person has to put right, in the order of the page
 */
record CheckSubmission(Map<String, List<String>> answers, List<Problem> problems) {

	/** Prefix of the "None of these" boxes. */
	static final String NONE_PREFIX = "none.";

	/** The allergies' own group, which is not a {@link QuestionGroup}. */
	static final String ALLERGIES = "ALLERGIES";

	/** Prefix of the field that names a whole group in errors. */
	static final String GROUP_PREFIX = "group.";

	private static final List<String> YES = List.of("yes");

	private static final List<String> NO = List.of("no");

	/**
	 * A field to put right and what to say about it.
	 *
	 * @param field the parameter name, or {@code group.<GROUP>} for a whole group
	 * @param message the words, from the messages bundle
	 */
	record Problem(String field, MessageSourceResolvable message) {

		static Problem of(String field, String code) {
			return new Problem(field, new DefaultMessageSourceResolvable(code));
		}

	}

	/** The risk groups the page asks with boxes and "None of these", in page order. */
	static List<QuestionGroup> riskGroups() {
		return EnumSet.allOf(QuestionGroup.class).stream().filter(g -> g != QuestionGroup.FOLLOW_UPS).toList();
	}

	static CheckSubmission read(Map<String, List<String>> posted) {
		Map<String, List<String>> answers = new LinkedHashMap<>();
		List<Problem> problems = new ArrayList<>();
		Set<Question> yes = EnumSet.noneOf(Question.class);
		for (QuestionGroup group : riskGroups()) {
			List<Question> questions = questions(group);
			List<Question> ticked = questions.stream().filter(q -> isYes(posted, q)).toList();
			boolean none = isYes(posted.get(NONE_PREFIX + group.name()));
			boolean allNo = questions.stream().allMatch(q -> isNo(posted, q));
			if (!ticked.isEmpty() && none) {
				problems.add(Problem.of(GROUP_PREFIX + group.name(), "check.group.noneAndTicked"));
			}
			else if (ticked.isEmpty() && !none && !allNo) {
				problems.add(Problem.of(GROUP_PREFIX + group.name(), "check.group.unanswered"));
			}
			else {
				yes.addAll(ticked);
				questions.forEach(q -> answers.put(name(q), ticked.contains(q) ? YES : NO));
			}
		}
		Integer age = age(posted);
		if (first(posted, "age").isEmpty()) {
			problems.add(Problem.of("age", "check.age.required"));
		}
		for (Question question : questions(QuestionGroup.FOLLOW_UPS)) {
			if (question == Question.CLINICIAN_CLEARANCE) {
				// only the result page sends it, and only as "yes"
				copy(posted, answers, name(question));
			}
			else if (asked(question, yes, age)) {
				List<String> given = posted.getOrDefault(name(question), List.of());
				if (given.isEmpty() || given.get(0).isBlank()) {
					problems.add(Problem.of(name(question), "check.answerYesOrNo"));
				}
				else {
					answers.put(name(question), given);
				}
			}
		}
		if (SafetyFormParameters.asksFirstEpisode(age)) {
			if (first(posted, "firstEpisode").isEmpty()) {
				problems.add(Problem.of("firstEpisode", "check.answerYesOrNo"));
			}
			copy(posted, answers, "firstEpisode");
		}
		if (yes.contains(Question.PREGNANT)) {
			copy(posted, answers, "pregnancyWeeks");
		}
		if (yes.contains(Question.SKIN_PROBLEM)) {
			copy(posted, answers, "skinAreas");
		}
		allergies(posted, answers, problems);
		copy(posted, answers, "mode");
		copy(posted, answers, "age");
		copy(posted, answers, "painOnset");
		return new CheckSubmission(answers, problems);
	}

	/**
	 * Whether the page asks this follow-up: after the answer it depends on, at the age it
	 * matters.
	 */
	private static boolean asked(Question question, Set<Question> yes, Integer age) {
		if (question.dependsOn().isPresent()) {
			return yes.contains(question.dependsOn().get());
		}
		if (question == Question.FLOOR_IS_EASY) {
			return SafetyFormParameters.asksFloorIsEasy(age);
		}
		return false;
	}

	/** Silence is not "no" for allergies either: a box, words or "None of these". */
	private static void allergies(Map<String, List<String>> posted, Map<String, List<String>> answers,
			List<Problem> problems) {
		boolean named = posted.getOrDefault("allergies", List.of()).stream().anyMatch(s -> !s.isBlank())
				|| !first(posted, "otherAllergies").isEmpty();
		boolean none = isYes(posted.get(NONE_PREFIX + ALLERGIES));
		if (named && none) {
			problems.add(Problem.of(GROUP_PREFIX + ALLERGIES, "check.group.noneAndTicked"));
		}
		else if (!named && !none) {
			problems.add(Problem.of(GROUP_PREFIX + ALLERGIES, "check.group.unanswered"));
		}
		copy(posted, answers, "allergies");
		copy(posted, answers, "otherAllergies");
	}

	static List<Question> questions(QuestionGroup group) {
		return EnumSet.allOf(Question.class).stream().filter(q -> q.group() == group).toList();
	}

	static String name(Question question) {
		return SafetyFormParameters.ANSWER_PREFIX + question.id();
	}

	private static Integer age(Map<String, List<String>> posted) {
		try {
			return Integer.valueOf(first(posted, "age"));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static boolean isYes(Map<String, List<String>> posted, Question question) {
		return isYes(posted.get(name(question)));
	}

	private static boolean isNo(Map<String, List<String>> posted, Question question) {
		String value = first(posted.get(name(question)));
		return value.equals("no") || value.equals("false");
	}

	private static boolean isYes(List<String> values) {
		String value = first(values);
		return value.equals("yes") || value.equals("true");
	}

	private static void copy(Map<String, List<String>> from, Map<String, List<String>> to, String name) {
		List<String> values = from.get(name);
		if (values != null) {
			to.put(name, values);
		}
	}

	private static String first(Map<String, List<String>> posted, String name) {
		return first(posted.get(name));
	}

	private static String first(List<String> values) {
		return (values == null || values.isEmpty() || values.get(0) == null) ? ""
				: values.get(0).trim().toLowerCase(Locale.ROOT);
	}

}
