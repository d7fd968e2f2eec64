package org.easeback.safety;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.easeback.shared.Pressure;
import org.easeback.shared.Region;
import org.easeback.shared.TechniqueTag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.MessageSource;

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

	static Stream<Question> riskQuestions() {
		return Arrays.stream(Question.values()).filter(q -> !q.isRelaxing());
	}

	@ParameterizedTest(name = "a yes to {0} leads to the outcome of the table")
	@MethodSource("riskQuestions")
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

	@ParameterizedTest(name = "at {0}")
	@ValueSource(ints = { 20, 40 })
	void aHighEnergyInjuryIsUrgentAtAnyAge(int age) {
		assertThat(check().check(yes(Question.MAJOR_TRAUMA).withAge(age)).outcome()).isEqualTo(Outcome.URGENT);
	}

	@Test
	void symptomsDownBothLegsAreUrgentAsTheCaudaEquinaPathwaySays() {
		SafetyResult result = checkYes(Question.BOTH_LEGS_SYMPTOMS);
		assertThat(result.outcome()).isEqualTo(Outcome.URGENT);
		assertThat(result.findings().get(0).reason()).contains("cauda equina");
		assertThat(result.findings().get(0).source()).contains("cauda equina pathway");
	}

	@Test
	void aNewChangeInSexualFunctionIsUrgent() {
		SafetyResult result = checkYes(Question.SEXUAL_FUNCTION_CHANGE);
		assertThat(result.outcome()).isEqualTo(Outcome.URGENT);
		assertThat(result.allowsPlan()).isFalse();
		assertThat(result.findings().get(0).source()).contains("cauda equina pathway");
	}

	@Test
	void oneSwollenPainfulCalfOrSuddenBreathlessnessIsUrgent() {
		SafetyResult result = checkYes(Question.DVT_SIGNS);
		assertThat(result.outcome()).isEqualTo(Outcome.URGENT);
		assertThat(result.findings().get(0).reason())
			.contains("If breathless or chest pain: call 999 now. Otherwise contact 111 or your GP today.");
		assertThat(result.findings().get(0).source()).isEqualTo("NHS DVT advice");
	}

	@Test
	void anOperationInTheLastSixWeeksNeedsAClinician() {
		SafetyResult result = checkYes(Question.RECENT_OPERATION);
		assertThat(result.outcome()).isEqualTo(Outcome.SEE_CLINICIAN);
		assertThat(result.findings().get(0).source()).contains("NCCIH", "NHS DVT advice");
	}

	@Test
	void pregnancyWithBleedingHighBloodPressureOrAdviceToRestNeedsAClinician() {
		SafetyResult result = check().check(yes(Question.PREGNANT, Question.PREGNANCY_COMPLICATIONS));
		assertThat(result.outcome()).isEqualTo(Outcome.SEE_CLINICIAN);
		assertThat(result.findings()).extracting(Finding::ruleId).contains("pregnancy_complications", "pregnant");
		assertThat(result.findings().get(0).reason()).contains("midwife");
	}

	@Test
	void numbSkinForbidsHeatAndCapsPressureAtLight() {
		SafetyResult result = checkYes(Question.NUMB_SKIN);
		assertThat(result.outcome()).isEqualTo(Outcome.CAUTION);
		assertThat(result.changes().maxPressure()).isEqualTo(Pressure.LIGHT);
		assertThat(result.changes().forbiddenTechniqueTags()).contains(TechniqueTag.HEAT);
	}

	@Test
	void aStrainInTheLastThreeDaysMeansLightPressureShorterWorkAndAdviceToKeepMoving() {
		SafetyResult result = checkYes(Question.RECENT_STRAIN);
		assertThat(result.outcome()).isEqualTo(Outcome.CAUTION);
		assertThat(result.changes().maxPressure()).isEqualTo(Pressure.LIGHT);
		assertThat(result.changes().shorterWork()).isTrue();
		assertThat(result.changes().advice()).anyMatch(a -> a.contains("Keep moving"));
	}

	@ParameterizedTest(name = "{0} alone")
	@EnumSource(value = Question.class, names = { "CLINICIAN_CLEARANCE", "FLOOR_IS_EASY", "SKIN_MINOR" })
	void aRelaxingAnswerAloneFindsNothing(Question relaxing) {
		assertThat(relaxing.isRelaxing()).isTrue();
		SafetyResult result = checkYes(relaxing);
		assertThat(result.outcome()).isEqualTo(Outcome.CLEAR);
		assertThat(result.changes()).isEqualTo(PlanChanges.NONE);
	}

	@Test
	void onlyPregnancyComplicationsAndAMinorSkinProblemDependOnAnotherAnswer() {
		assertThat(Question.PREGNANCY_COMPLICATIONS.dependsOn()).contains(Question.PREGNANT);
		assertThat(Question.SKIN_MINOR.dependsOn()).contains(Question.SKIN_PROBLEM);
		assertThat(Question.values()).filteredOn(q -> q.dependsOn().isPresent())
			.containsExactly(Question.PREGNANCY_COMPLICATIONS, Question.SKIN_MINOR);
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
	void osteoporosisForbidsToolRollingAndLoadedForwardBends() {
		assertThat(checkYes(Question.OSTEOPOROSIS).changes().forbiddenTechniqueTags())
			.contains(TechniqueTag.TOOL_PRESSURE, TechniqueTag.LOADED_FLEXION);
	}

	@Test
	void bloodThinnersForbidToolRollingButNotForwardBends() {
		PlanChanges changes = checkYes(Question.BLOOD_THINNERS).changes();
		assertThat(changes.forbiddenTechniqueTags()).contains(TechniqueTag.TOOL_PRESSURE);
		assertThat(changes.permits(TechniqueTag.LOADED_FLEXION)).isTrue();
	}

	@Test
	void pregnancyAllowsNoEssentialOils() {
		PlanChanges changes = check().check(yes(Question.PREGNANT).withPregnancyWeeks(8)).changes();
		assertThat(changes.essentialOilsAllowed()).isFalse();
		assertThat(changes.forbiddenTechniqueTags()).contains(TechniqueTag.ESSENTIAL_OIL);
	}

	@ParameterizedTest(name = "at {0} weeks")
	@NullSource
	@ValueSource(ints = { 16, 30 })
	void pregnancyFromSixteenWeeksOrWeeksNotGivenForbidsLyingOnTheBack(Integer weeks) {
		PlanChanges changes = check().check(yes(Question.PREGNANT).withPregnancyWeeks(weeks)).changes();
		assertThat(changes.forbiddenTechniqueTags()).contains(TechniqueTag.LYING_ON_BACK);
	}

	@Test
	void beforeSixteenWeeksOfPregnancyLyingOnTheBackIsStillAllowed() {
		PlanChanges changes = check().check(yes(Question.PREGNANT).withPregnancyWeeks(15)).changes();
		assertThat(changes.permits(TechniqueTag.LYING_ON_BACK)).isTrue();
		assertThat(changes.position()).isEqualTo(Position.SIDE_LYING);
	}

	@Test
	void clearanceTurnsEachClinicianFindingIntoALightPressureCaution() {
		SafetyResult result = check()
			.check(yes(Question.CANCER_HISTORY, Question.HEART_CONDITION, Question.CLINICIAN_CLEARANCE));
		assertThat(result.outcome()).isEqualTo(Outcome.CAUTION);
		assertThat(result.allowsPlan()).isTrue();
		assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("cancer_history", "heart_condition");
		assertThat(result.findings()).allSatisfy(f -> {
			assertThat(f.outcome()).isEqualTo(Outcome.CAUTION);
			assertThat(f.reason())
				.contains("Reported as checked by a doctor or physiotherapist, not verified by EaseBack");
		});
		assertThat(result.changes().maxPressure()).isEqualTo(Pressure.LIGHT);
		assertThat(result.changes().forbiddenTechniqueTags()).contains(TechniqueTag.TOOL_PRESSURE,
				TechniqueTag.KNUCKLES, TechniqueTag.TRIGGER_POINT, TechniqueTag.FIRM_NEAR_BONE);
		assertThat(result.changes().clearedByClinician()).isTrue();
	}

	@Test
	void clearanceNeverLiftsAnUrgentFindingBesideAClearedOne() {
		SafetyResult result = check()
			.check(yes(Question.DVT_SIGNS, Question.CANCER_HISTORY, Question.CLINICIAN_CLEARANCE));
		assertThat(result.outcome()).isEqualTo(Outcome.URGENT);
		assertThat(result.findings()).extracting(Finding::outcome).containsExactly(Outcome.URGENT, Outcome.CAUTION);
	}

	@Test
	void clearanceKeepsTheAreasOfASkinProblemOverTheWholeLowerBackLeftOut() {
		SafetyResult result = check().check(skinProblemOn(Region.LUMBAR_LEFT, Region.LUMBAR_RIGHT, Region.SACRUM)
			.withYes(Question.CLINICIAN_CLEARANCE));
		assertThat(result.outcome()).isEqualTo(Outcome.CAUTION);
		assertThat(result.changes().excludedRegions()).contains(Region.LUMBAR_LEFT, Region.LUMBAR_RIGHT, Region.SACRUM);
	}

	@Test
	void clearanceWithNothingToClearChangesNothing() {
		SafetyResult result = check().check(yes(Question.BLOOD_THINNERS, Question.CLINICIAN_CLEARANCE));
		assertThat(result.changes()).isEqualTo(checkYes(Question.BLOOD_THINNERS).changes());
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
	void sunburnOverTheWholeLowerBackIsACautionThatLeavesTheBackOut() {
		SafetyResult result = check()
			.check(skinProblemOn(Region.LUMBAR_LEFT, Region.LUMBAR_RIGHT, Region.SACRUM).withYes(Question.SKIN_MINOR));
		assertThat(result.outcome()).isEqualTo(Outcome.CAUTION);
		assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("skin_problem");
		assertThat(result.changes().excludedRegions()).contains(Region.LUMBAR_LEFT, Region.LUMBAR_RIGHT, Region.SACRUM);
		assertThat(result.changes().maxPressure()).isEqualTo(Pressure.LIGHT);
	}

	@Test
	void aWholeBackSkinProblemThatIsNotSunburnOrAHealingBruiseStillNeedsAClinician() {
		SafetyAnswers notMinor = skinProblemOn(Region.LUMBAR_LEFT, Region.LUMBAR_RIGHT, Region.SACRUM);
		assertThat(notMinor.answers()).containsEntry(Question.SKIN_MINOR, false);
		SafetyResult result = check().check(notMinor);
		assertThat(result.outcome()).isEqualTo(Outcome.SEE_CLINICIAN);
	}

	@Test
	void sunburnOnSomeAreasOnlyLeavesThemOutAsBefore() {
		SafetyAnswers some = skinProblemOn(Region.LUMBAR_LEFT, Region.GLUTE_RIGHT);
		assertThat(check().check(some.withYes(Question.SKIN_MINOR))).isEqualTo(check().check(some));
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
	void everyQuestionHasAStableIdAGroupAndItsWordsInBothVoices() {
		MessageSource messages = SafetyFixtures.messages();
		assertThat(Question.values()).hasSize(28).allSatisfy(q -> {
			assertThat(q.id()).matches("[a-z_]+");
			assertThat(Question.byId(q.id())).contains(q);
			for (Question.Voice voice : Question.Voice.values()) {
				assertThat(messages.getMessage(q.textKey(voice), null, Locale.ENGLISH)).endsWith("?");
			}
			assertThat(messages.getMessage(q.textKey(Question.Voice.PARTNER), null, Locale.ENGLISH))
				.contains("the person you will massage");
			assertThat(messages.getMessage(q.helpKey(), null, Locale.ENGLISH)).isNotBlank();
		});
		assertThat(QuestionGroup.values()).allSatisfy(group -> {
			assertThat(messages.getMessage(group.titleKey(), null, Locale.ENGLISH)).isNotBlank();
			assertThat(messages.getMessage(group.noneKey(), null, Locale.ENGLISH)).startsWith("None of these");
		});
	}

	@Test
	void theQuestionsAreAskedGroupByGroupInTheGroupsOrder() {
		assertThat(Question.values()).extracting(Question::group).isSortedAccordingTo(Comparator.naturalOrder());
	}

	@Test
	void theStandardRulesHaveUniqueIds() {
		assertThat(SafetyRules.standard()).extracting(SafetyRule::id).doesNotHaveDuplicates();
	}

}
