package org.easeback.safety;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.easeback.safety.RedFlagRules.NICE;

/**
 * Rules that combine answers: age with a first episode, trauma with fragile bones, and a
 * chronic episode.
 */
final class CombinationRules {

	/** Below this age a first episode needs a check-up. */
	static final int YOUNG_BELOW = 20;

	/** Above this age a first episode needs a check-up; also the fracture-risk age. */
	static final int OLDER_ABOVE = 55;

	static final String ARTICLES_CHRONIC = "001_6cbba744d3dc619a.txt; 000_2dddca60ff19d2f1.txt";

	static final List<SafetyRule> ALL = List.of(
			new NamedRule("age_first_episode", CombinationRules::ageWithFirstEpisode),
			new NamedRule("trauma_fracture_risk", CombinationRules::traumaWithFragileBones),
			new NamedRule("chronic_pain", CombinationRules::chronicPain));

	private CombinationRules() {
	}

	/**
	 * A first episode of back pain before 20 or after 55. With any other "yes" in the
	 * table (a red flag, or a condition such as osteoporosis or pregnancy) it needs a
	 * clinician; alone it is a caution that advises a check-up. Only an explicit first
	 * episode counts.
	 */
	static Optional<Finding> ageWithFirstEpisode(SafetyRule.CheckContext context) {
		SafetyAnswers answers = context.answers();
		Integer age = answers.age();
		if (age == null || !Boolean.TRUE.equals(answers.firstEpisode()) || !outsideUsualAge(age)) {
			return Optional.empty();
		}
		String others = Arrays.stream(Question.values())
			.filter(context::yes)
			.map(Question::id)
			.collect(Collectors.joining(", "));
		// the advice stays when the outcome gets worse, so one more "yes" never loses it
		PlanChanges checkUp = PlanChanges.NONE
			.withAdvice("Book a check-up with your doctor about this first episode of back pain.");
		if (!others.isEmpty()) {
			return Optional.of(
					new Finding("age_first_episode", Outcome.SEE_CLINICIAN,
							"Back pain for the first time before 20 or after 55, together with another answer of yes ("
									+ others + "), should be checked by a clinician before any massage.",
							NICE, checkUp));
		}
		return Optional.of(Finding.caution("age_first_episode",
				"Back pain for the first time before 20 or after 55 is worth a check-up with a doctor, even if it "
						+ "feels like a simple strain.",
				NICE, checkUp));
	}

	/** A fall, accident or blow with fragile bones or over 55: a possible fracture. */
	static Optional<Finding> traumaWithFragileBones(SafetyRule.CheckContext context) {
		Integer age = context.answers().age();
		boolean fragile = context.yes(Question.OSTEOPOROSIS) || (age != null && age > OLDER_ABOVE);
		if (!context.yes(Question.MAJOR_TRAUMA) || !fragile) {
			return Optional.empty();
		}
		return Optional.of(Finding.of("trauma_fracture_risk", Outcome.URGENT,
				"A fall, accident or blow together with fragile bones or an age over 55 can break a bone in the "
						+ "spine. Get it checked today before anyone presses on the back.",
				NICE + " (fracture)"));
	}

	/** Pain for more than 12 weeks: advice to see a clinician for a long-term plan. */
	static Optional<Finding> chronicPain(SafetyRule.CheckContext context) {
		return context.episode()
			.filter(episode -> episode.classification() == EpisodeClassification.CHRONIC)
			.map(episode -> Finding.caution("chronic_pain",
					"The pain has lasted " + episode.weeks()
							+ " weeks. Massage can ease it for a while but does not cure long-lasting pain.",
					ARTICLES_CHRONIC, PlanChanges.NONE.withAdvice(
							"See a clinician for a long-term plan for pain that has lasted more " + "than 12 weeks.")));
	}

	private static boolean outsideUsualAge(int age) {
		return age < YOUNG_BELOW || age > OLDER_ABOVE;
	}

}
