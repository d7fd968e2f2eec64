package org.easeback.safety;

import org.easeback.shared.Pressure;
import org.easeback.shared.TechniqueTag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.easeback.safety.SafetyFixtures.allNo;
import static org.easeback.safety.SafetyFixtures.check;
import static org.easeback.safety.SafetyFixtures.yes;

/** The combinations and derived rules of SAFETY.md, with their boundaries. */
class CombinationRulesTests {

	private static SafetyResult firstEpisodeAt(int age, Question... alsoYes) {
		return check().check(yes(alsoYes).withAge(age).withFirstEpisode(true));
	}

	@ParameterizedTest(name = "a first episode at {0} alone is a caution advising a check-up")
	@ValueSource(ints = { 16, 19, 56, 70 })
	void aFirstEpisodeOutsideTwentyToFiftyFiveAloneIsACautionAdvisingACheckUp(int age) {
		SafetyResult result = firstEpisodeAt(age);
		assertThat(result.outcome()).isEqualTo(Outcome.CAUTION);
		assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("age_first_episode");
		assertThat(result.changes().advice()).anyMatch(a -> a.contains("check-up"));
	}

	@ParameterizedTest(name = "a first episode at {0} is clear")
	@ValueSource(ints = { 20, 55 })
	void aFirstEpisodeFromTwentyToFiftyFiveIsClear(int age) {
		assertThat(firstEpisodeAt(age).outcome()).isEqualTo(Outcome.CLEAR);
	}

	@ParameterizedTest(name = "age {0} is refused, naming age")
	@ValueSource(ints = { -1, 121 })
	void agesOutsideZeroTo120AreRefusedNamingAge(int age) {
		assertThatThrownBy(() -> allNo().withAge(age)).isInstanceOf(org.easeback.shared.InvalidInputException.class)
			.hasMessageContaining("age");
	}

	@Test
	void aFirstEpisodeOver55WithOsteoporosisNeedsAClinician() {
		SafetyResult result = firstEpisodeAt(56, Question.OSTEOPOROSIS);
		assertThat(result.outcome()).isEqualTo(Outcome.SEE_CLINICIAN);
		assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("age_first_episode"))
			.singleElement()
			.satisfies(f -> assertThat(f.outcome()).isEqualTo(Outcome.SEE_CLINICIAN));
	}

	@Test
	void aFirstEpisodeUnder20WithARedFlagNeedsAtLeastAClinician() {
		SafetyResult result = firstEpisodeAt(19, Question.CONSTANT_NIGHT_PAIN);
		assertThat(result.outcome()).isEqualTo(Outcome.SEE_CLINICIAN);
		assertThat(result.findings()).extracting(Finding::ruleId).contains("age_first_episode");
	}

	@Test
	void anOlderAgeWithoutAFirstEpisodeAddsNothing() {
		assertThat(check().check(allNo().withAge(70).withFirstEpisode(false)).outcome()).isEqualTo(Outcome.CLEAR);
		assertThat(check().check(allNo().withAge(70)).outcome()).isEqualTo(Outcome.CLEAR);
	}

	@Test
	void majorTraumaWithOsteoporosisIsUrgentForFractureRisk() {
		SafetyResult result = check().check(yes(Question.MAJOR_TRAUMA, Question.OSTEOPOROSIS));
		assertThat(result.outcome()).isEqualTo(Outcome.URGENT);
		assertThat(result.findings()).extracting(Finding::ruleId).contains("trauma_fracture_risk");
	}

	@Test
	void majorTraumaOver55IsUrgentForFractureRisk() {
		SafetyResult result = check().check(yes(Question.MAJOR_TRAUMA).withAge(56));
		assertThat(result.findings()).extracting(Finding::ruleId).contains("trauma_fracture_risk");
		assertThat(result.outcome()).isEqualTo(Outcome.URGENT);
	}

	@Test
	void majorTraumaAt55HasNoFractureRiskFinding() {
		SafetyResult result = check().check(yes(Question.MAJOR_TRAUMA).withAge(55));
		assertThat(result.findings()).extracting(Finding::ruleId).doesNotContain("trauma_fracture_risk");
	}

	@Test
	void osteoporosisAt70WithoutTraumaIsOnlyACaution() {
		assertThat(check().check(yes(Question.OSTEOPOROSIS).withAge(70)).outcome()).isEqualTo(Outcome.CAUTION);
	}

	@Test
	void aSlipFromStandingInAFitAdultIsACaution() {
		SafetyResult result = check().check(yes(Question.MINOR_FALL).withAge(40));
		assertThat(result.outcome()).isEqualTo(Outcome.CAUTION);
		assertThat(result.changes().maxPressure()).isEqualTo(Pressure.LIGHT);
		assertThat(result.changes().shorterWork()).isTrue();
		assertThat(result.changes().advice()).anyMatch(a -> a.contains("not easing"));
	}

	@Test
	void aSlipFromStandingOver55IsUrgent() {
		assertThat(check().check(yes(Question.MINOR_FALL).withAge(56)).outcome()).isEqualTo(Outcome.URGENT);
		assertThat(check().check(yes(Question.MINOR_FALL).withAge(55)).outcome()).isEqualTo(Outcome.CAUTION);
	}

	@ParameterizedTest(name = "with {0}")
	@EnumSource(value = Question.class, names = { "OSTEOPOROSIS", "IMMUNE_OR_IV_DRUG" })
	void aSlipFromStandingWithOsteoporosisOrLongTermSteroidsIsUrgent(Question fragile) {
		SafetyResult result = check().check(yes(Question.MINOR_FALL, fragile).withAge(30));
		assertThat(result.outcome()).isEqualTo(Outcome.URGENT);
		assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("minor_fall"))
			.singleElement()
			.satisfies(f -> assertThat(f.outcome()).isEqualTo(Outcome.URGENT));
	}

	@Test
	void underSixteenNeedsAClinicianEvenWithNothingElseReported() {
		SafetyResult result = check().check(allNo().withAge(15));
		assertThat(result.outcome()).isEqualTo(Outcome.SEE_CLINICIAN);
		assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("under_16");
		assertThat(check().check(allNo().withAge(16)).outcome()).isEqualTo(Outcome.CLEAR);
	}

	@Test
	void overSeventyCapsPressureAtMediumWithoutKnucklesOrFloorWork() {
		SafetyResult result = check().check(allNo().withAge(71));
		assertThat(result.outcome()).isEqualTo(Outcome.CAUTION);
		assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("over_70");
		assertThat(result.changes().maxPressure()).isEqualTo(Pressure.MEDIUM);
		assertThat(result.changes().forbiddenTechniqueTags()).contains(TechniqueTag.KNUCKLES, TechniqueTag.FLOOR);
		assertThat(check().check(allNo().withAge(70)).outcome()).isEqualTo(Outcome.CLEAR);
	}

	@Test
	void floorWorkReturnsOnlyWhenTheyGetUpFromTheFloorEasily() {
		PlanChanges easy = check().check(yes(Question.FLOOR_IS_EASY).withAge(80)).changes();
		assertThat(easy.permits(TechniqueTag.FLOOR)).isTrue();
		assertThat(easy.maxPressure()).isEqualTo(Pressure.MEDIUM);
		assertThat(easy.forbiddenTechniqueTags()).contains(TechniqueTag.KNUCKLES);
	}

	@Test
	void anotherYesForAFirstEpisodeNeverCountsARelaxingAnswer() {
		SafetyResult result = check().check(yes(Question.FLOOR_IS_EASY).withAge(60).withFirstEpisode(true));
		assertThat(result.outcome()).isEqualTo(Outcome.CAUTION);
	}

}
