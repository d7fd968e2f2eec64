package org.easeback.safety;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.easeback.shared.Pressure;
import org.easeback.shared.TechniqueTag;

import static org.easeback.safety.Sources.NICE;

/**
 * Rules that combine answers: age with a first episode, trauma with fragile bones, and a
 * chronic episode.
 */
final class CombinationRules {

	/** Below this age a first episode needs a check-up. */
	static final int YOUNG_BELOW = 20;

	/** Above this age a first episode needs a check-up; also the fracture-risk age. */
	static final int OLDER_ABOVE = 55;

	/** NICE NG59 covers people from this age; younger needs a clinician first. */
	static final int ADULT_FROM = 16;

	/** Above this age the massage is gentler and kept off the floor. */
	static final int ELDERLY_ABOVE = 70;

	static final List<SafetyRule> ALL = List.of(
			new NamedRule("age_first_episode", CombinationRules::ageWithFirstEpisode),
			new NamedRule("trauma_fracture_risk", CombinationRules::traumaWithFragileBones),
			new NamedRule("minor_fall", CombinationRules::minorFall),
			new NamedRule("under_16", CombinationRules::underSixteen),
			new NamedRule("over_70", CombinationRules::overSeventy),
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
			.filter(q -> !q.isRelaxing())
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

	/**
	 * A slip, trip or fall from standing height: a caution for a fit adult, but with
	 * fragile bones, long-term steroids (asked with a weak immune system) or over 55 the
	 * same fall can break a vertebra.
	 */
	static Optional<Finding> minorFall(SafetyRule.CheckContext context) {
		if (!context.yes(Question.MINOR_FALL)) {
			return Optional.empty();
		}
		Integer age = context.answers().age();
		boolean fragile = context.yes(Question.OSTEOPOROSIS) || context.yes(Question.IMMUNE_OR_IV_DRUG)
				|| (age != null && age > OLDER_ABOVE);
		// the caution's changes stay when the fall is urgent, so a worse answer never
		// loses them
		PlanChanges gentle = PlanChanges.NONE.withMaxPressure(Pressure.LIGHT)
			.withShorterWork()
			.withAdvice("If the pain is not easing within a few days, or one spot on the bone is sore to touch, "
					+ "have it checked by a doctor.");
		if (fragile) {
			return Optional.of(new Finding("minor_fall", Outcome.URGENT,
					"Even a slip or fall from standing can break a bone in the spine with fragile bones, long-term "
							+ "steroids or an age over 55. Get it checked today before anyone presses on the back.",
					Sources.CKS, gentle));
		}
		return Optional.of(Finding.caution("minor_fall",
				"After a slip or fall from standing the back may be bruised, so light pressure and shorter work.",
				Sources.CKS, gentle));
	}

	/**
	 * Under 16: outside the adult guidance, and children's back pain more often has a
	 * cause.
	 */
	static Optional<Finding> underSixteen(SafetyRule.CheckContext context) {
		Integer age = context.answers().age();
		if (age == null || age >= ADULT_FROM) {
			return Optional.empty();
		}
		return Optional.of(Finding.of("under_16", Outcome.SEE_CLINICIAN,
				"Back pain in children and young people under 16 more often has a specific cause, so a doctor "
						+ "should look at it before any massage.",
				NICE + "; " + Sources.NHS_CHILDREN));
	}

	/**
	 * Over 70: bones are often thinner than anyone knows, and getting up from the floor
	 * is a common way to fall, so floor work returns only when that is easy.
	 */
	static Optional<Finding> overSeventy(SafetyRule.CheckContext context) {
		Integer age = context.answers().age();
		if (age == null || age <= ELDERLY_ABOVE) {
			return Optional.empty();
		}
		PlanChanges changes = PlanChanges.NONE.withMaxPressure(Pressure.MEDIUM)
			.forbidding(TechniqueTag.KNUCKLES, TechniqueTag.FIRM_NEAR_BONE);
		if (!context.yes(Question.FLOOR_IS_EASY)) {
			changes = changes.forbidding(TechniqueTag.FLOOR);
		}
		return Optional.of(Finding.caution("over_70",
				"Over 70 bones are often thinner than anyone knows, so medium pressure at most, no knuckles and "
						+ "no firm pressure near bone; nothing on the floor unless getting down and up is easy.",
				Sources.NICE_FRACTURE, changes));
	}

	/** Pain for more than 12 weeks: advice to see a clinician for a long-term plan. */
	static Optional<Finding> chronicPain(SafetyRule.CheckContext context) {
		return context.episode()
			.filter(episode -> episode.classification() == EpisodeClassification.CHRONIC)
			.map(episode -> Finding.caution("chronic_pain",
					"The pain has lasted " + episode.weeks()
							+ " weeks. Massage can ease it for a while but does not cure long-lasting pain.",
					Sources.ARTICLES_CHRONIC, PlanChanges.NONE.withAdvice(
							"See a clinician for a long-term plan for pain that has lasted more " + "than 12 weeks.")));
	}

	private static boolean outsideUsualAge(int age) {
		return age < YOUNG_BELOW || age > OLDER_ABOVE;
	}

}
