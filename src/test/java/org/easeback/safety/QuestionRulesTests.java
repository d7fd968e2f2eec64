package org.easeback.safety;

import java.util.Set;

import org.easeback.shared.Pressure;
import org.easeback.shared.Region;
import org.easeback.shared.TechniqueTag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.easeback.safety.SafetyFixtures.check;
import static org.easeback.safety.SafetyFixtures.skinProblemOn;
import static org.easeback.safety.SafetyFixtures.yes;

/** One test per question of the table in SAFETY.md. */
class QuestionRulesTests {

	private static SafetyResult checkYes(Question question) {
		return check().check(yes(question).withSkinAreas(Set.of(Region.GLUTE_LEFT)));
	}

	@Test
	void allNoAnswersAreClearWithNoChanges() {
		SafetyResult result = check().check(SafetyFixtures.allNo());
		assertThat(result.outcome()).isEqualTo(Outcome.CLEAR);
		assertThat(result.findings()).isEmpty();
		assertThat(result.changes()).isEqualTo(PlanChanges.NONE);
		assertThat(result.allowsPlan()).isTrue();
	}

	@ParameterizedTest(name = "a yes to {0} leads to the outcome of the table")
	@EnumSource(Question.class)
	void aYesToEachQuestionLeadsToTheOutcomeOfTheTable(Question question) {
		SafetyResult result = checkYes(question);
		assertThat(result.outcome()).isEqualTo(question.outcome());
		assertThat(result.findings()).extracting(Finding::ruleId).contains(question.id());
		assertThat(result.findings()).allSatisfy(f -> assertThat(f.source()).isNotBlank());
	}

	@Test
	void saddleNumbnessIsUrgent() {
		assertThat(checkYes(Question.SADDLE_NUMBNESS).outcome()).isEqualTo(Outcome.URGENT);
	}

	@Test
	void aBladderOrBowelChangeIsUrgent() {
		assertThat(checkYes(Question.BLADDER_BOWEL_CHANGE).outcome()).isEqualTo(Outcome.URGENT);
	}

	@Test
	void progressiveLegWeaknessIsUrgent() {
		assertThat(checkYes(Question.PROGRESSIVE_LEG_WEAKNESS).outcome()).isEqualTo(Outcome.URGENT);
	}

	@Test
	void feverIsUrgentAndGivesNoPlan() {
		SafetyResult result = checkYes(Question.FEVER);
		assertThat(result.outcome()).isEqualTo(Outcome.URGENT);
		assertThat(result.allowsPlan()).isFalse();
	}

	@Test
	void majorTraumaIsUrgent() {
		assertThat(checkYes(Question.MAJOR_TRAUMA).outcome()).isEqualTo(Outcome.URGENT);
	}

	@Test
	void symptomsInBothLegsNeedAClinician() {
		assertThat(checkYes(Question.BOTH_LEGS_SYMPTOMS).outcome()).isEqualTo(Outcome.SEE_CLINICIAN);
	}

	@Test
	void aHistoryOfCancerNeedsAClinician() {
		assertThat(checkYes(Question.CANCER_HISTORY).outcome()).isEqualTo(Outcome.SEE_CLINICIAN);
	}

	@Test
	void unexplainedWeightLossNeedsAClinician() {
		assertThat(checkYes(Question.UNEXPLAINED_WEIGHT_LOSS).outcome()).isEqualTo(Outcome.SEE_CLINICIAN);
	}

	@Test
	void constantOrNightPainNeedsAClinician() {
		assertThat(checkYes(Question.CONSTANT_NIGHT_PAIN).outcome()).isEqualTo(Outcome.SEE_CLINICIAN);
	}

	@Test
	void aWeakImmuneSystemOrInjectedDrugsNeedAClinician() {
		assertThat(checkYes(Question.IMMUNE_OR_IV_DRUG).outcome()).isEqualTo(Outcome.SEE_CLINICIAN);
	}

	@Test
	void aBloodClotNeedsAClinician() {
		assertThat(checkYes(Question.CLOT_HISTORY).outcome()).isEqualTo(Outcome.SEE_CLINICIAN);
	}

	@Test
	void recentBackSurgeryNeedsAClinician() {
		assertThat(checkYes(Question.RECENT_BACK_SURGERY).outcome()).isEqualTo(Outcome.SEE_CLINICIAN);
	}

	@Test
	void severeWorseningPainNeedsAClinician() {
		assertThat(checkYes(Question.SEVERE_WORSENING_PAIN).outcome()).isEqualTo(Outcome.SEE_CLINICIAN);
	}

	@Test
	void anUncontrolledHeartConditionNeedsAClinician() {
		SafetyResult result = checkYes(Question.HEART_CONDITION);
		assertThat(result.outcome()).isEqualTo(Outcome.SEE_CLINICIAN);
		assertThat(result.allowsPlan()).isFalse();
	}

	@Test
	void bloodThinnersCapPressureAtLightAndForbidTriggerPointsAndKnuckles() {
		PlanChanges changes = checkYes(Question.BLOOD_THINNERS).changes();
		assertThat(changes.maxPressure()).isEqualTo(Pressure.LIGHT);
		assertThat(changes.forbiddenTechniqueTags()).contains(TechniqueTag.TRIGGER_POINT, TechniqueTag.KNUCKLES);
	}

	@Test
	void osteoporosisCapsPressureAtLightAndForbidsKnucklesAndFirmPressureNearBone() {
		SafetyResult result = checkYes(Question.OSTEOPOROSIS);
		assertThat(result.outcome()).isEqualTo(Outcome.CAUTION);
		assertThat(result.changes().maxPressure()).isEqualTo(Pressure.LIGHT);
		assertThat(result.changes().forbiddenTechniqueTags()).contains(TechniqueTag.KNUCKLES,
				TechniqueTag.FIRM_NEAR_BONE);
	}

	@Test
	void pregnancyMeansSideLyingLightPressureNoSacrumAndAskingTheMidwife() {
		SafetyResult result = check().check(yes(Question.PREGNANT).withPregnancyWeeks(24));
		PlanChanges changes = result.changes();
		assertThat(result.outcome()).isEqualTo(Outcome.CAUTION);
		assertThat(changes.position()).isEqualTo(Position.SIDE_LYING);
		assertThat(changes.forbiddenTechniqueTags()).contains(TechniqueTag.FACE_DOWN, TechniqueTag.SACRUM_PRESSURE);
		assertThat(changes.maxPressure()).isEqualTo(Pressure.LIGHT);
		assertThat(changes.excludedRegions()).contains(Region.SACRUM);
		assertThat(changes.advice()).anyMatch(a -> a.contains("midwife"));
		assertThat(result.findings().get(0).reason()).contains("24 weeks");
	}

	@Test
	void pregnancyWeeksGivenWithoutAYesStillApplyThePregnancyChanges() {
		SafetyResult result = check().check(SafetyFixtures.allNo().withPregnancyWeeks(10));
		assertThat(result.changes().position()).isEqualTo(Position.SIDE_LYING);
	}

	@Test
	void aSkinProblemLeavesOutTheMarkedAreas() {
		SafetyResult result = check().check(skinProblemOn(Region.LUMBAR_LEFT, Region.GLUTE_RIGHT));
		assertThat(result.outcome()).isEqualTo(Outcome.CAUTION);
		assertThat(result.changes().excludedRegions()).containsExactlyInAnyOrder(Region.LUMBAR_LEFT,
				Region.GLUTE_RIGHT);
		assertThat(result.changes().permits(Region.LUMBAR_RIGHT)).isTrue();
	}

	@Test
	void aSkinProblemOverTheWholeLowerBackNeedsAClinician() {
		SafetyResult result = check().check(skinProblemOn(Region.LUMBAR_LEFT, Region.LUMBAR_RIGHT, Region.SACRUM));
		assertThat(result.outcome()).isEqualTo(Outcome.SEE_CLINICIAN);
	}

	@Test
	void skinAreasMarkedWithoutASkinProblemChangeNothing() {
		SafetyResult result = check().check(SafetyFixtures.allNo().withSkinAreas(Set.of(Region.SACRUM)));
		assertThat(result.outcome()).isEqualTo(Outcome.CLEAR);
	}

	@Test
	void theWorstFindingDecidesAndFindingsAreListedWorstFirst() {
		SafetyResult result = check()
			.check(yes(Question.BLOOD_THINNERS, Question.CANCER_HISTORY, Question.FEVER).withSkinAreas(Set.of()));
		assertThat(result.outcome()).isEqualTo(Outcome.URGENT);
		assertThat(result.findings()).extracting(Finding::outcome)
			.containsExactly(Outcome.URGENT, Outcome.SEE_CLINICIAN, Outcome.CAUTION);
	}

	@Test
	void theCautionChangesOfSeveralRulesAddUp() {
		PlanChanges changes = check().check(yes(Question.BLOOD_THINNERS, Question.OSTEOPOROSIS, Question.PREGNANT))
			.changes();
		assertThat(changes.forbiddenTechniqueTags()).contains(TechniqueTag.TRIGGER_POINT, TechniqueTag.KNUCKLES,
				TechniqueTag.FIRM_NEAR_BONE, TechniqueTag.FACE_DOWN, TechniqueTag.SACRUM_PRESSURE);
	}

	@Test
	void everyQuestionHasAStableIdTextHelpAndGroup() {
		assertThat(Question.values()).hasSize(18).allSatisfy(q -> {
			assertThat(q.id()).matches("[a-z_]+");
			assertThat(q.text()).endsWith("?");
			assertThat(q.help()).isNotBlank();
			assertThat(Question.byId(q.id())).contains(q);
		});
	}

	@Test
	void theStandardRulesHaveUniqueIds() {
		assertThat(SafetyRules.standard()).extracting(SafetyRule::id).doesNotHaveDuplicates();
	}

}
