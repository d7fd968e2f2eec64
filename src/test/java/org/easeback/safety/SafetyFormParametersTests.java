package org.easeback.safety;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.easeback.shared.FieldProblem;
import org.easeback.shared.Region;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.easeback.safety.SafetyFixtures.TODAY;

class SafetyFormParametersTests {

	@Test
	void answersWrittenAsParametersReadBackTheSame() {
		SafetyAnswers answers = SafetyFixtures.yes(Question.PREGNANT, Question.SKIN_PROBLEM)
			.withAge(30)
			.withPregnancyWeeks(20)
			.withFirstEpisode(false)
			.withPainOnset(TODAY.minusDays(10))
			.withSkinAreas(Set.of(Region.GLUTE_LEFT))
			.withAllergies(Allergies.parse(List.of("COCONUT", "lanolin")));
		SafetyFormParameters.Read read = SafetyFormParameters.read(SafetyFormParameters.write(answers));
		assertThat(read.problems()).isEmpty();
		assertThat(read.input().toAnswers(TODAY)).isEqualTo(answers);
	}

	@Test
	void unreadableValuesAreProblemsNamingTheirField() {
		SafetyFormParameters.Read read = SafetyFormParameters.read(Map.of("answers.fever", List.of("maybe"), "age",
				List.of("forty"), "painOnset", List.of("yesterday"), "pregnancyWeeks", List.of("1.5")));
		assertThat(read.problems()).extracting(FieldProblem::field)
			.containsExactlyInAnyOrder("answers.fever", "age", "painOnset", "pregnancyWeeks");
		assertThat(read.input().age()).isNull();
	}

	@Test
	void readingCollectsEveryProblemOfTheInputAtOnce() {
		SafetyInput input = new SafetyInput(Map.of("nope", true, "skin_problem", true), 121, TODAY.plusDays(1), 46,
				List.of("x".repeat(101)), null, List.of("ELBOW"));
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> input.toAnswers(TODAY))
			.isInstanceOfSatisfying(org.easeback.shared.InvalidInputException.class,
					ex -> assertThat(ex.problems()).extracting(FieldProblem::field)
						.containsExactlyInAnyOrder("answers.nope", "age", "painOnset", "pregnancyWeeks", "allergies[0]",
								"skinAreas[0]", "skinAreas"));
	}

}
