package org.easeback.safety;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.easeback.shared.Pressure;
import org.easeback.shared.Region;
import org.easeback.shared.TechniqueTag;

import static org.easeback.safety.Sources.NCCIH;
import static org.easeback.safety.Sources.NICE;

/** The contraindications that change how a massage is done rather than stopping it. */
final class CautionRules {

	/**
	 * From this week of pregnancy nothing is done lying on the back; also when the weeks
	 * are not given.
	 */
	static final int LYING_ON_BACK_FROM_WEEK = 16;

	/** Marking all of these means the whole lower back has a skin problem. */
	static final Set<Region> WHOLE_LOWER_BACK = Set.of(Region.LUMBAR_LEFT, Region.LUMBAR_RIGHT, Region.SACRUM);

	/**
	 * The cautions in order: those that need only a "yes" are rows of data; pregnancy and
	 * skin problems read more answers (weeks, areas), so they stay methods.
	 */
	static final List<SafetyRule> ALL = List.of(
			new CautionRule(Question.BLOOD_THINNERS,
					"Blood thinners and bleeding disorders make bruising easy, so only light pressure, with no "
							+ "trigger-point or knuckle work and no rolling on balls or rollers.",
					NCCIH,
					PlanChanges.NONE.withMaxPressure(Pressure.LIGHT)
						.forbidding(TechniqueTag.TRIGGER_POINT, TechniqueTag.KNUCKLES, TechniqueTag.TOOL_PRESSURE)),
			// forward bends are a risk to fragile bones, not to blood that bruises easily
			new CautionRule(Question.OSTEOPOROSIS,
					"Fragile bones can break under firm pressure or a loaded bend, so only light pressure, no "
							+ "knuckles, no firm pressure near bone, no rolling on balls or rollers and no "
							+ "reaching for the toes.",
					NCCIH + "; " + Sources.ROS,
					PlanChanges.NONE.withMaxPressure(Pressure.LIGHT)
						.forbidding(TechniqueTag.KNUCKLES, TechniqueTag.FIRM_NEAR_BONE, TechniqueTag.TOOL_PRESSURE,
								TechniqueTag.LOADED_FLEXION)),
			new CautionRule(Question.NUMB_SKIN,
					"Numb skin cannot feel a burn or pressure that is too much, so no heat and only light pressure.",
					Sources.NHS_SCIATICA,
					PlanChanges.NONE.withMaxPressure(Pressure.LIGHT).forbidding(TechniqueTag.HEAT)),
			new CautionRule(Question.RECENT_STRAIN,
					"A strain from the last few days is easily made sorer by firm or long work, so light pressure "
							+ "and shorter work.",
					NICE,
					PlanChanges.NONE.withMaxPressure(Pressure.LIGHT)
						.withShorterWork()
						.withAdvice("Keep moving gently: walking and your usual activities help a strained back "
								+ "recover.")),
			new NamedRule("pregnant", CautionRules::pregnant),
			new NamedRule("skin_problem", CautionRules::skinProblem));

	private CautionRules() {
	}

	static Optional<Finding> pregnant(SafetyRule.CheckContext context) {
		Integer weeks = context.answers().pregnancyWeeks();
		if (!context.yes(Question.PREGNANT) && weeks == null) {
			return Optional.empty();
		}
		String when = (weeks != null) ? " (" + weeks + " weeks)" : "";
		PlanChanges changes = PlanChanges.NONE.sideLying()
			.withMaxPressure(Pressure.LIGHT)
			.excluding(List.of(Region.SACRUM))
			.forbidding(TechniqueTag.SACRUM_PRESSURE)
			.withoutEssentialOils()
			.withAdvice("Ask your midwife or doctor whether back massage is right for you now.");
		// the bump presses on the main vein back to the heart when lying on the back
		if (weeks == null || weeks >= LYING_ON_BACK_FROM_WEEK) {
			changes = changes.forbidding(TechniqueTag.LYING_ON_BACK);
		}
		return Optional.of(Finding.caution("pregnant", "During pregnancy" + when
				+ " the massage is done lying on the side instead of face down, with light pressure, no pressure on "
				+ "the sacrum and no essential oils, which pass to the baby. From 16 weeks nothing is done lying on "
				+ "the back.", NCCIH + "; " + Sources.NHS_PREGNANCY, changes));
	}

	static Optional<Finding> skinProblem(SafetyRule.CheckContext context) {
		if (!context.yes(Question.SKIN_PROBLEM)) {
			return Optional.empty();
		}
		Set<Region> areas = context.answers().skinAreas();
		boolean wholeBack = areas.containsAll(WHOLE_LOWER_BACK);
		if (wholeBack && context.yes(Question.SKIN_MINOR)) {
			// healing skin is not broken or infected, so the rest of the plan is safe
			return Optional.of(Finding.caution("skin_problem",
					"The sunburn or healing bruise covers the whole lower back, so the back is left out: only other "
							+ "areas and stretches, with light pressure.",
					NCCIH, PlanChanges.NONE.excluding(areas).withMaxPressure(Pressure.LIGHT)));
		}
		if (areas.isEmpty() || wholeBack) {
			// the areas stay left out should a clinician's clearance allow a plan
			return Optional.of(new Finding("skin_problem", Outcome.SEE_CLINICIAN,
					areas.isEmpty()
							? "A skin problem was reported but no area was marked, so we cannot tell what to "
									+ "leave out. Have it looked at first."
							: "The skin problem covers the whole lower back, so there is nowhere safe to massage. "
									+ "Have it looked at first.",
					NCCIH, PlanChanges.NONE.excluding(areas)));
		}
		return Optional.of(Finding.caution("skin_problem",
				"Massage over broken, sore or infected skin can hurt and spread infection, so the marked areas are "
						+ "left out.",
				NCCIH, PlanChanges.NONE.excluding(areas)));
	}

}
