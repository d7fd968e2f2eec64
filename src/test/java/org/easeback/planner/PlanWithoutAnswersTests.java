package org.easeback.planner;

import java.util.List;
import java.util.Map;

import org.easeback.content.Equipment;
import org.easeback.safety.SafetyInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan is kept and anyone holding its link can read it, so it carries the changes its
 * steps need ("lie on the side", "light pressure") and none of the answers behind them.
 */
class PlanWithoutAnswersTests {

	/**
	 * Pregnant at 20 weeks, on blood thinners, with fragile bones, pain for 48 weeks and
	 * an allergy in their own words.
	 */
	private static final SafetyInput REVEALING = new SafetyInput(
			Map.of("pregnant", true, "blood_thinners", true, "osteoporosis", true), 38,
			PlannerFixtures.TODAY.minusWeeks(48), 20, List.of("sesame seeds", "TREE_NUT"), false, List.of());

	private static final List<String> ANSWER_WORDS = List.of("20 weeks", "48 weeks", "sesame", "Blood thinners",
			"blood thinners", "bleeding", "Fragile bones", "osteoporosis", "pregnan", "midwife", "lasted");

	@ParameterizedTest
	@EnumSource(Mode.class)
	void aPlanNamesTheChangesButNoneOfTheAnswersBehindThem(Mode mode) {
		PlanRequest request = new PlanRequest(mode, new SessionMinutes(30),
				java.util.EnumSet.of(Equipment.BED, Equipment.OIL, Equipment.TOWELS, Equipment.PILLOW, Equipment.MAT,
						Equipment.TENNIS_BALLS, Equipment.FOAM_ROLLER),
				java.util.Set.of(), java.util.Set.of(), org.easeback.shared.Pressure.MEDIUM, null);

		Plan plan = PlannerFixtures.planned(PlannerFixtures.planner().plan(request, REVEALING));
		String kept = JsonMapper.builder().build().writeValueAsString(plan);

		assertThat(ANSWER_WORDS).allSatisfy(word -> assertThat(kept).as(mode + " plan").doesNotContain(word));
		assertThat(plan.notes()).contains("Light pressure only.",
				"Check the label of any oil or lotion against the other allergies given in the safety check.");
		if (mode == Mode.PARTNER) {
			assertThat(plan.notes()).contains("Lie on the side, not face down.");
		}
	}

}
