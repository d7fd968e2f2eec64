package org.easeback.planner;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.easeback.content.ContentItem;
import org.easeback.content.Equipment;
import org.easeback.safety.Outcome;
import org.easeback.safety.PlanChanges;
import org.easeback.safety.Position;
import org.easeback.safety.SafetyInput;
import org.easeback.shared.InvalidInputException;
import org.easeback.shared.Pressure;
import org.easeback.shared.Region;
import org.easeback.shared.TechniqueTag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.easeback.planner.PlannerFixtures.*;

class SessionPlannerTests {

	private final SessionPlanner planner = planner();

	private final org.easeback.content.ContentLibrary library = org.easeback.content.ContentLibrary.standard();

	@Test
	void shouldFollowTheArticlesOrderForAPartnerMassage() {
		Plan plan = planned(this.planner.plan(partner(15), allClear()));

		List<Phase> phases = plan.steps().stream().map(PlanStep::phase).distinct().toList();
		assertThat(phases).containsSubsequence(Phase.WARM_UP, Phase.ONE_SIDE, Phase.OTHER_SIDE, Phase.BOTH_SIDES,
				Phase.FINISH, Phase.AFTERCARE);
		assertThat(plan.checklists()).extracting(Checklist::id).contains("room", "surface", "position", "draping");
		assertThat(plan.checklists().stream().filter(c -> c.id().equals("position")).findFirst().orElseThrow().items())
			.anySatisfy(line -> assertThat(line.toLowerCase()).contains("pillow"));
	}

	@Test
	void shouldFitTheAskedMinutesWithinTenPercent() {
		for (int minutes : new int[] { 5, 10, 15, 30, 45, 60 }) {
			Plan plan = planned(this.planner.plan(partner(minutes), allClear()));
			assertThat(plan.totalSeconds()).as("%d minutes", minutes)
				.isBetween((int) (minutes * 60 * 0.9), (int) (minutes * 60 * 1.1));
		}
	}

	@Test
	void shouldOpenEveryWorkingPhaseWithAPressureCheckIn() {
		Plan plan = planned(this.planner.plan(partner(30), allClear()));

		Phase previous = null;
		for (PlanStep step : plan.steps()) {
			if (step.phase().working() && step.phase() != previous) {
				assertThat(step.checkIn()).as(step.title()).isTrue();
				assertThat(step.checkInPrompt()).contains("pressure");
			}
			previous = step.phase();
		}
	}

	@Test
	void shouldWorkBesideTheSpineWhenTheSpineIsMarkedSore() {
		PlanRequest request = with(partner(15), Set.of(Region.SPINE), Set.of(), Pressure.MEDIUM, null);

		Plan plan = planned(this.planner.plan(request, allClear()));

		assertThat(plan.steps()).allSatisfy(s -> assertThat(s.regions()).doesNotContain(Region.SPINE));
		assertThat(plan.steps()).filteredOn(s -> s.phase() == Phase.SORE_SPOTS)
			.flatExtracting(PlanStep::regions)
			.contains(Region.LUMBAR_LEFT, Region.LUMBAR_RIGHT);
		assertThat(plan.notes()).anySatisfy(n -> assertThat(n).contains("spine"));
	}

	@Test
	void shouldPressTriggerPointsAboutFiveSecondsPerSpotOnSoreSpots() {
		PlanRequest request = with(partner(15), Set.of(Region.GLUTE_LEFT), Set.of(), Pressure.FIRM, null);

		Plan plan = planned(this.planner.plan(request, allClear()));

		PlanStep sore = plan.steps().stream().filter(s -> s.phase() == Phase.SORE_SPOTS).findFirst().orElseThrow();
		assertThat(sore.itemId()).isEqualTo("trigger-point-circles");
		assertThat(sore.regions()).containsExactly(Region.GLUTE_LEFT);
		assertThat(sore.holdSeconds()).isEqualTo(5);
	}

	@Test
	void shouldNeverTouchAnAvoidedArea() {
		PlanRequest request = with(partner(15), Set.of(), Set.of(Region.LUMBAR_LEFT, Region.FLANK_LEFT),
				Pressure.MEDIUM, null);

		Plan plan = planned(this.planner.plan(request, allClear()));

		assertThat(plan.steps()).flatExtracting(PlanStep::regions)
			.doesNotContain(Region.LUMBAR_LEFT, Region.FLANK_LEFT);
	}

	@Test
	void shouldSayThereIsNothingToDoWhenEveryAreaIsAvoided() {
		PlanRequest request = with(partner(15), Set.of(), EnumSet.allOf(Region.class), Pressure.MEDIUM, null);

		PlanOutcome outcome = this.planner.plan(request, allClear());

		assertThat(outcome).isInstanceOf(PlanOutcome.NothingToDo.class);
	}

	@Test
	void shouldRefuseAPlanForUrgentAnswers() {
		PlanOutcome outcome = this.planner.plan(partner(15), yes("saddle_numbness"));

		assertThat(outcome).isInstanceOfSatisfying(PlanOutcome.Refused.class,
				r -> assertThat(r.safety().outcome()).isEqualTo(Outcome.URGENT));
	}

	@Test
	void shouldRefuseAPlanWhenAClinicianShouldBeSeenFirst() {
		assertThat(this.planner.plan(partner(15), yes("clot_history"))).isInstanceOf(PlanOutcome.Refused.class);
	}

	@Test
	void shouldKeepPressureLightWithoutTriggerPointsOrKnucklesOnBloodThinners() {
		PlanRequest request = with(partner(20), Set.of(Region.LUMBAR_LEFT), Set.of(), Pressure.FIRM, null);

		Plan plan = planned(this.planner.plan(request, yes("blood_thinners")));

		assertThat(plan.pressureCap()).isEqualTo(Pressure.LIGHT);
		assertThat(plan.steps()).allSatisfy(s -> {
			if (s.pressure() != null) {
				assertThat(s.pressure()).isEqualTo(Pressure.LIGHT);
				assertThat(s.maxPressure()).isEqualTo(Pressure.LIGHT);
			}
		});
		assertThat(plan.itemIds()).doesNotContain("trigger-point-circles", "knuckle-glide");
		assertThat(plan.notes()).isNotEmpty();
	}

	@Test
	void shouldPlanSideLyingWithoutSacrumWorkInPregnancy() {
		Plan plan = planned(this.planner.plan(partner(15), yes("pregnant")));

		assertThat(plan.position()).isEqualTo(Position.SIDE_LYING);
		assertThat(plan.steps()).flatExtracting(PlanStep::regions).doesNotContain(Region.SACRUM);
		assertThat(plan.itemIds()).doesNotContain("sacrum-flat-palm");
		assertThat(plan.checklists()).extracting(Checklist::title).contains("Position: lying on one side");
	}

	@Test
	void shouldNeverSuggestAnOilThePersonIsAllergicTo() {
		PlanRequest almond = with(partner(15), Set.of(), Set.of(), Pressure.MEDIUM, "oil-almond");

		Plan plan = planned(this.planner.plan(almond, allergic("TREE_NUT")));

		assertThat(plan.oilId()).isNotEqualTo("oil-almond");
		assertThat(plan.notes()).anySatisfy(n -> assertThat(n).contains("not suggested"));
	}

	@Test
	void shouldOnlySuggestEssentialOilDilutedInACarrier() {
		PlanRequest essential = with(partner(15), Set.of(), Set.of(), Pressure.MEDIUM, "oil-essential-diluted");

		Plan plan = planned(this.planner.plan(essential, allClear()));

		assertThat(plan.oilId()).isEqualTo("oil-essential-diluted");
		assertThat(plan.oil()).contains("mixed into").contains("never straight on the skin");
	}

	@Test
	void shouldNeverSuggestEssentialOilWithAFragranceAllergy() {
		PlanRequest essential = with(partner(15), Set.of(), Set.of(), Pressure.MEDIUM, "oil-essential-diluted");

		Plan plan = planned(this.planner.plan(essential, allergic("FRAGRANCE")));

		assertThat(plan.oilId()).isNotEqualTo("oil-essential-diluted");
	}

	@Test
	void shouldRejectAnOilThatIsNotInTheLibrary() {
		PlanRequest unknown = with(partner(15), Set.of(), Set.of(), Pressure.MEDIUM, "motor-oil");

		assertThatThrownBy(() -> this.planner.plan(unknown, allClear())).isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).problems()).extracting("field")
				.containsExactly("oil"));
	}

	@Test
	void shouldPrefixSafetyFieldsInValidationErrors() {
		var badAge = new org.easeback.safety.SafetyInput(java.util.Map.of(), 130, null, null, List.of(), false,
				List.of());

		assertThatThrownBy(() -> this.planner.plan(partner(15), badAge)).isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).problems()).extracting("field")
				.containsExactly("safety.age"));
	}

	@Test
	void shouldUseTheToolsAtHandForSelfMassage() {
		Plan plan = planned(
				this.planner.plan(self(15, Equipment.TENNIS_BALLS, Equipment.MAT, Equipment.HEAT_PACK), allClear()));

		assertThat(plan.itemIds()).contains("setup-heat-before", "tennis-ball-roll", "pelvic-tilt", "walking-daily")
			.doesNotContain("foam-roller-roll", "effleurage-glide");
		assertThat(plan.steps().get(0).phase()).isEqualTo(Phase.HEAT);
	}

	@Test
	void shouldPlanBeforeDuringAndAfterForATherapistVisit() {
		PlanRequest visit = new PlanRequest(Mode.THERAPIST_VISIT, new SessionMinutes(60), Set.of(), Set.of(), Set.of(),
				Pressure.MEDIUM, null);

		Plan plan = planned(this.planner.plan(visit, allClear()));

		assertThat(plan.checklists()).extracting(Checklist::id).contains("before");
		assertThat(plan.steps()).extracting(PlanStep::phase).contains(Phase.DURING_VISIT, Phase.AFTERCARE);
		assertThat(plan.notes()).anySatisfy(n -> assertThat(n).contains("hand-off"));
		assertThat(plan.totalSeconds()).isBetween(3240, 3960);
	}

	@Test
	void shouldPlanExactlyTheEligibleItemsOfATherapistsRoutine() {
		PlanRequest routine = routine(15, List.of("cat-cow", "tennis-ball-roll", "self-hands-knuckles"));

		Plan plan = planned(this.planner.plan(routine, allClear()));

		assertThat(plan.itemIds()).containsExactlyInAnyOrder("cat-cow", "tennis-ball-roll", "self-hands-knuckles",
				"aftercare-rest", "aftercare-water");
		assertThat(plan.summary()).contains("your therapist's home routine");
		assertThat(plan.totalSeconds()).isBetween(810, 990);
	}

	@Test
	void shouldDropARoutineItemAYesAnswerRulesOutWithANote() {
		PlanRequest routine = routine(15, List.of("cat-cow", "tennis-ball-roll", "self-hands-knuckles"));

		Plan plan = planned(this.planner.plan(routine, yes("blood_thinners")));

		assertThat(plan.itemIds()).containsExactlyInAnyOrder("cat-cow", "aftercare-rest", "aftercare-water");
		assertThat(plan.notes())
			.anySatisfy(n -> assertThat(n).contains(name("self-hands-knuckles"), "left out", "knuckles"))
			.anySatisfy(n -> assertThat(n).contains(name("tennis-ball-roll"), "left out", "ball"));
		assertThat(plan.pressureCap()).isEqualTo(Pressure.LIGHT);
	}

	@Test
	void shouldDropRoutineItemsThatAreNotHomePracticeOrNeedEquipmentNotAtHandWithANote() {
		PlanRequest routine = new PlanRequest(Mode.SELF, new SessionMinutes(10), Set.of(), Set.of(), Set.of(),
				Pressure.MEDIUM, null,
				List.of("knee-to-chest", "foam-roller-roll", "effleurage-glide", "no-such-item"));

		Plan plan = planned(this.planner.plan(routine, allClear()));

		assertThat(plan.itemIds()).containsExactlyInAnyOrder("knee-to-chest", "aftercare-rest", "aftercare-water");
		assertThat(plan.notes()).anySatisfy(n -> assertThat(n).contains("equipment"))
			.anySatisfy(n -> assertThat(n).startsWith("'effleurage-glide' is left out"))
			.anySatisfy(n -> assertThat(n).startsWith("'no-such-item' is left out"));
	}

	@Test
	void shouldPlanNothingWhenTheAnswersRuleOutEveryItemOfTheRoutine() {
		PlanOutcome outcome = this.planner.plan(routine(10, List.of("self-hands-knuckles")), yes("osteoporosis"));

		assertThat(outcome).isInstanceOfSatisfying(PlanOutcome.NothingToDo.class,
				nothing -> assertThat(nothing.notes()).anySatisfy(n -> assertThat(n).contains("left out")));
	}

	@Test
	void shouldStillRefuseARoutineWhenTheAnswersCallForUrgentCare() {
		assertThat(this.planner.plan(routine(10, List.of("cat-cow")), yes("saddle_numbness")))
			.isInstanceOf(PlanOutcome.Refused.class);
	}

	@Test
	void shouldRefuseARoutineForSomeoneElse() {
		PlanRequest partner = new PlanRequest(Mode.PARTNER, new SessionMinutes(10), Set.of(), Set.of(), Set.of(),
				Pressure.MEDIUM, null, List.of("cat-cow"));

		assertThatThrownBy(() -> this.planner.plan(partner, allClear())).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("itemIds");
	}

	private static PlanRequest routine(int minutes, List<String> items) {
		return new PlanRequest(Mode.SELF, new SessionMinutes(minutes), Set.of(Equipment.TENNIS_BALLS, Equipment.MAT),
				Set.of(), Set.of(), Pressure.MEDIUM, null, items);
	}

	@Test
	void shouldGiveTheSamePlanForTheSameRequest() {
		PlanRequest request = with(partner(25), Set.of(Region.GLUTE_RIGHT), Set.of(Region.FLANK_LEFT), Pressure.LIGHT,
				null);

		assertThat(this.planner.plan(request, allClear())).isEqualTo(this.planner.plan(request, allClear()));
	}

	@Test
	void shouldPlanOwnHandsInsteadOfToolRollingAndNoForwardBendWithOsteoporosis() {
		PlanRequest request = self(30, Equipment.TENNIS_BALLS, Equipment.FOAM_ROLLER, Equipment.MAT, Equipment.WALL);

		Plan plan = plan(request, fragileBones());

		assertThat(secondsTagged(plan, TechniqueTag.TOOL_PRESSURE)).isZero();
		assertThat(stepsTagged(plan, TechniqueTag.LOADED_FLEXION)).isEmpty();
		assertThat(plan.itemIds()).contains("self-hands-fingertips").doesNotContain("self-hands-knuckles");
		assertThat(plan.totalSeconds()).isBetween(1620, 1980);
		assertThat(plan.notes()).anySatisfy(n -> assertThat(n).contains(name("tennis-ball-roll"), "left out"))
			.anySatisfy(n -> assertThat(n).contains(name("seated-forward-bend"), "left out"));
	}

	@Test
	void shouldPlanNothingLyingOnTheBackAndNoEssentialOilInPregnancyForYourselfOrSomeoneElse() {
		PlanRequest self = self(30, Equipment.TENNIS_BALLS, Equipment.FOAM_ROLLER, Equipment.MAT, Equipment.WALL,
				Equipment.HEAT_PACK);
		PlanRequest partner = with(partner(30), Set.of(), Set.of(), Pressure.MEDIUM, "oil-essential-diluted");

		for (PlanRequest request : List.of(self, partner)) {
			Plan plan = plan(request, pregnancy());

			assertThat(stepsTagged(plan, TechniqueTag.LYING_ON_BACK, TechniqueTag.ESSENTIAL_OIL))
				.as(request.mode().name())
				.isEmpty();
			assertThat(plan.checklists()).flatExtracting(Checklist::items)
				.noneMatch(PlannerFixtures::asksToLieOnTheBack);
			assertThat(plan.steps()).flatExtracting(PlanStep::instructions)
				.noneMatch(PlannerFixtures::asksToLieOnTheBack);
			assertThat(plan.oilId()).isNotEqualTo("oil-essential-diluted");
			assertThat(plan.totalSeconds()).as(request.mode().name()).isBetween(1620, 1980);
		}
		assertThat(plan(self, pregnancy()).itemIds()).contains("self-hands-fingertips", "wall-ball-roll", "cat-cow");
		assertThat(item("knee-to-chest").steps()).anyMatch(PlannerFixtures::asksToLieOnTheBack);
		assertThat(plan(partner, pregnancy()).position()).isEqualTo(Position.SIDE_LYING);
	}

	@Test
	void shouldKeepEveryoneOffTheFloorWhenFloorWorkIsForbidden() {
		PlanChanges noFloor = PlanChanges.NONE.forbidding(TechniqueTag.FLOOR);
		PlanRequest partnerOnAMat = new PlanRequest(Mode.PARTNER, new SessionMinutes(20),
				EnumSet.of(Equipment.MAT, Equipment.OIL, Equipment.TOWELS, Equipment.PILLOW), Set.of(), Set.of(),
				Pressure.MEDIUM, null);

		Plan self = plan(self(20, Equipment.TENNIS_BALLS, Equipment.MAT, Equipment.WALL), noFloor);
		Plan partner = plan(partnerOnAMat, noFloor);

		assertThat(stepsTagged(self, TechniqueTag.FLOOR)).isEmpty();
		assertThat(self.itemIds()).contains("wall-ball-roll", "self-hands-fingertips");
		assertThat(self.totalSeconds()).isBetween(1080, 1320);
		assertThat(stepsTagged(partner, TechniqueTag.FLOOR)).isEmpty();
		assertThat(checklist(partner, "surface").items()).isEqualTo(item("setup-surface-bed").steps());
		assertThat(partner.notes()).anySatisfy(n -> assertThat(n).contains("bed or couch", "floor"));
	}

	@Test
	void shouldKeepEachMassageStepShortAndDoneOnceAfterAFreshStrain() {
		for (PlanRequest request : List.of(partner(30), self(30, Equipment.TENNIS_BALLS, Equipment.MAT))) {
			Plan plan = plan(request, freshStrain());

			List<PlanStep> work = plan.steps().stream().filter(s -> s.phase().working()).toList();
			assertThat(work).as(request.mode().name()).isNotEmpty().allSatisfy(step -> {
				assertThat(step.seconds()).as(step.title()).isEqualTo(item(step.itemId()).timing().seconds().min());
				assertThat(step.title()).doesNotContain("round");
			});
			assertThat(work.stream().mapToInt(PlanStep::seconds).sum()).as(request.mode().name())
				.isLessThanOrEqualTo(TimeBudget.SHORT_WORK_SECONDS);
			assertThat(plan.totalSeconds()).as(request.mode().name()).isLessThan(30 * 60 * 9 / 10);
			assertThat(plan.minutes()).as(request.mode().name()).isEqualTo(Math.round(plan.totalSeconds() / 60f));
			assertThat(plan.notes()).anySatisfy(n -> assertThat(n).contains("shortest", "fresh strain"))
				.anySatisfy(n -> assertThat(n).contains(plan.minutes() + " minutes rather than 30"));
		}
	}

	@Test
	void shouldStillFillAShortSessionAfterAFreshStrainWhenGentleStepsCanFillIt() {
		Plan plan = plan(partner(10), freshStrain());

		assertThat(plan.totalSeconds()).isBetween(540, 660);
		assertThat(plan.minutes()).isEqualTo(10);
		assertThat(plan.steps()).filteredOn(s -> s.phase().working())
			.allSatisfy(step -> assertThat(step.seconds()).isEqualTo(item(step.itemId()).timing().seconds().min()));
	}

	@Test
	void anOsteoporosisAnswerGivesOwnFingertipsInsteadOfRollingAndForwardBends() {
		PlanRequest request = self(30, Equipment.TENNIS_BALLS, Equipment.FOAM_ROLLER, Equipment.MAT, Equipment.WALL);

		Plan plan = planned(this.planner.plan(request, yes("osteoporosis")));

		assertThat(secondsTagged(plan, TechniqueTag.TOOL_PRESSURE)).isZero();
		assertThat(stepsTagged(plan, TechniqueTag.LOADED_FLEXION)).isEmpty();
		assertThat(plan.itemIds()).contains("self-hands-fingertips");
		assertThat(plan.totalSeconds()).isBetween(1620, 1980);
		assertThat(plan.notes()).anySatisfy(n -> assertThat(n).contains(name("self-hands-fingertips"), "place"));
	}

	@Test
	void aPregnancyAnswerWithoutWeeksGivesNothingLyingOnTheBackForYourselfOrSomeoneElse() {
		PlanRequest self = self(30, Equipment.TENNIS_BALLS, Equipment.FOAM_ROLLER, Equipment.MAT, Equipment.WALL);

		for (PlanRequest request : List.of(self, partner(30))) {
			Plan plan = planned(this.planner.plan(request, yes("pregnant")));

			assertThat(stepsTagged(plan, TechniqueTag.LYING_ON_BACK, TechniqueTag.ESSENTIAL_OIL))
				.as(request.mode().name())
				.isEmpty();
			assertThat(plan.totalSeconds()).as(request.mode().name()).isBetween(1620, 1980);
		}
	}

	@Test
	void aStrainInTheLastThreeDaysGivesShortLightWorkAndSaysWhy() {
		Plan plan = planned(this.planner.plan(partner(30), yes("recent_strain")));

		assertThat(plan.pressureCap()).isEqualTo(Pressure.LIGHT);
		assertThat(plan.steps()).filteredOn(s -> s.phase().working())
			.allSatisfy(step -> assertThat(step.seconds()).isEqualTo(item(step.itemId()).timing().seconds().min()));
		assertThat(plan.minutes()).isLessThan(30);
		assertThat(plan.notes()).anySatisfy(n -> assertThat(n).contains("rather than 30"));
	}

	@Test
	void overSeventyTheMassageMovesOffTheFloorUnlessTheyGetUpFromItEasily() {
		PlanRequest onAMat = new PlanRequest(Mode.PARTNER, new SessionMinutes(20),
				EnumSet.of(Equipment.MAT, Equipment.OIL, Equipment.TOWELS, Equipment.PILLOW), Set.of(), Set.of(),
				Pressure.MEDIUM, null);
		SafetyInput seventyFive = new SafetyInput(java.util.Map.of(), 75, null, null, List.of(), false, List.of());
		SafetyInput easyFloor = new SafetyInput(java.util.Map.of("floor_is_easy", true), 75, null, null, List.of(),
				false, List.of());

		assertThat(checklist(planned(this.planner.plan(onAMat, seventyFive)), "surface").items())
			.isEqualTo(item("setup-surface-bed").steps());
		assertThat(checklist(planned(this.planner.plan(onAMat, easyFloor)), "surface").items())
			.isEqualTo(item("setup-surface-floor").steps());
	}

	@Test
	void aThirtyMinuteSelfPlanRollsEachAreaOnceBetweenExercisesAndEndsWithAWalk() {
		Plan plan = planned(this.planner
			.plan(self(30, Equipment.TENNIS_BALLS, Equipment.FOAM_ROLLER, Equipment.MAT, Equipment.WALL), allClear()));

		assertThat(plan.itemIds()).startsWith("tennis-ball-roll", "pelvic-tilt", "tennis-ball-glutes", "glute-bridge")
			.contains("bird-dog", "side-lying-clam", "self-hands-fingertips")
			.endsWith("walking-daily", "aftercare-water");
		assertThat(plan.steps()).noneMatch(step -> step.title().contains("round"));
		assertThat(secondsTagged(plan, TechniqueTag.TOOL_PRESSURE)).isLessThanOrEqualTo(10 * 60);
	}

	@Test
	void aLongSelfPlanWithoutEquipmentRepeatsTheExercisesAsASecondSetAfterTheFirst() {
		Plan plan = planned(this.planner.plan(self(45), allClear()));

		List<String> titles = plan.steps().stream().map(PlanStep::title).toList();
		assertThat(titles).contains(name("glute-bridge") + " (round 2)");
		assertThat(titles.indexOf(name("side-lying-clam")))
			.isLessThan(titles.indexOf(name("pelvic-tilt") + " (round 2)"));
	}

	@Test
	void inPregnancyTheExercisesLyingOnTheBackGiveWayToStandingPelvicTilts() {
		Plan self = plan(self(30, Equipment.TENNIS_BALLS, Equipment.MAT), pregnancy());
		Plan partner = plan(partner(30), pregnancy());

		assertThat(self.itemIds()).doesNotContain("pelvic-tilt", "glute-bridge")
			.contains("pelvic-tilt-standing", "bird-dog", "side-lying-clam", "walking-daily");
		assertThat(partner.itemIds()).doesNotContain("glute-bridge", "pelvic-tilt");
		assertThat(plan(partner(30), PlanChanges.NONE).itemIds()).contains("glute-bridge");
	}

	@Test
	void overSeventyWithoutAnEasyFloorTheExercisesStayStandingAndOffTheFloor() {
		SafetyInput seventyFive = new SafetyInput(java.util.Map.of(), 75, null, null, List.of(), false, List.of());

		Plan plan = planned(this.planner.plan(self(30, Equipment.TENNIS_BALLS, Equipment.MAT), seventyFive));

		assertThat(plan.itemIds())
			.doesNotContain("pelvic-tilt", "glute-bridge", "bird-dog", "side-lying-clam", "tennis-ball-glutes",
					"cat-cow")
			.contains("pelvic-tilt-standing", "walking-daily", "self-hands-fingertips");
		assertThat(plan.totalSeconds()).isBetween(1620, 1980);
	}

	@Test
	void fragileBonesKeepTheExercisesButNoForwardBend() {
		Plan plan = planned(this.planner.plan(self(30, Equipment.MAT), yes("osteoporosis")));

		assertThat(plan.itemIds()).contains("pelvic-tilt", "glute-bridge", "bird-dog", "side-lying-clam")
			.doesNotContain("seated-forward-bend", "knee-to-chest");
	}

	private Plan plan(PlanRequest request, PlanChanges changes) {
		return planned(this.planner.plan(request, caution(changes), Set.of()));
	}

	private ContentItem item(String id) {
		return this.library.find(id).orElseThrow();
	}

	private String name(String id) {
		return item(id).name();
	}

	private static Checklist checklist(Plan plan, String id) {
		return plan.checklists().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
	}

	private List<PlanStep> stepsTagged(Plan plan, TechniqueTag... tags) {
		return plan.steps().stream().filter(s -> List.of(tags).stream().anyMatch(item(s.itemId())::tagged)).toList();
	}

	private int secondsTagged(Plan plan, TechniqueTag tag) {
		return stepsTagged(plan, tag).stream().mapToInt(PlanStep::seconds).sum();
	}

}
