package org.easeback.session.internal;

import java.util.List;

import org.easeback.planner.Plan;
import org.easeback.planner.PlannerFixtures;
import org.easeback.shared.Pressure;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PressureAdjusterTests {

	private final Plan plan = PlannerFixtures
		.planned(PlannerFixtures.planner().plan(PlannerFixtures.partner(15), PlannerFixtures.allClear()));

	@Test
	void shouldLightenEveryRemainingStepButNeverBelowLight() {
		var steps = PressureAdjuster.adjust(this.plan,
				List.of(PressureFeedback.LIGHTER, PressureFeedback.LIGHTER, PressureFeedback.LIGHTER), 3);

		assertThat(steps).isNotEmpty().allSatisfy(s -> {
			assertThat(s.pressure()).isEqualTo(Pressure.LIGHT);
			assertThat(s.index()).isGreaterThanOrEqualTo(3);
		});
	}

	@Test
	void shouldNeverGoAboveAStepsCapHoweverOftenFirmerIsAsked() {
		var steps = PressureAdjuster.adjust(this.plan, List.of(PressureFeedback.FIRMER, PressureFeedback.FIRMER,
				PressureFeedback.FIRMER, PressureFeedback.FIRMER), 0);

		assertThat(steps).allSatisfy(
				s -> assertThat(s.pressure()).isLessThanOrEqualTo(this.plan.steps().get(s.index()).maxPressure()));
	}

	@Test
	void shouldKeepEverythingLightUnderTheBloodThinnerCap() {
		Plan capped = PlannerFixtures.planned(
				PlannerFixtures.planner().plan(PlannerFixtures.partner(15), PlannerFixtures.yes("blood_thinners")));

		var steps = PressureAdjuster.adjust(capped, List.of(PressureFeedback.FIRMER, PressureFeedback.FIRMER), 0);

		assertThat(steps).allSatisfy(s -> {
			assertThat(s.pressure()).isEqualTo(Pressure.LIGHT);
			assertThat(s.atCap()).isTrue();
		});
	}

}
