package org.easeback.planner;

import java.util.List;
import java.util.Set;

import org.easeback.content.Equipment;
import org.easeback.content.ContentLibrary;
import org.easeback.shared.Pressure;
import org.easeback.shared.Region;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.easeback.planner.PlannerFixtures.*;

/** Steps written from the plan (issue 38), on the standard content. */
class StepWritingTests {

	private final SessionPlanner planner = planner();

	@Test
	void aOneSideStepNamesTheReceiversSideAndWhereTheGiverStands() {
		Plan plan = planned(this.planner.plan(partner(20), allClear()));

		PlanStep left = plan.steps().stream().filter(s -> s.phase() == Phase.ONE_SIDE).findFirst().orElseThrow();
		assertThat(left.title()).endsWith(" — their left side");
		assertThat(left.instructions().get(0)).contains("receiver’s left side").contains("Stand at their left side");
		assertThat(left.instructions()).noneMatch(line -> line.matches("(?i).*(other side|change sides).*"));
	}

	@Test
	void aMediumTriggerPointStepDoesNotSayPressFirmly() {
		PlanRequest request = with(partner(15), Set.of(Region.GLUTE_LEFT), Set.of(), Pressure.MEDIUM, null);

		PlanStep sore = planned(this.planner.plan(request, allClear())).steps()
			.stream()
			.filter(s -> s.itemId().equals("trigger-point-circles"))
			.findFirst()
			.orElseThrow();

		assertThat(sore.pressure()).isEqualTo(Pressure.MEDIUM);
		assertThat(String.join(" ", sore.instructions())).doesNotContainIgnoringCase("firm").contains("Press steadily");
	}

	@Test
	void aSideLyingPlanHelpsTheReceiverTurnBetweenTheSides() {
		Plan plan = planned(this.planner.plan(partner(20), caution(pregnancy()), Set.of()));

		List<Phase> phases = plan.steps().stream().map(PlanStep::phase).distinct().toList();
		assertThat(phases).containsSubsequence(Phase.ONE_SIDE, Phase.TURN_OVER, Phase.OTHER_SIDE);
		PlanStep turn = plan.steps().stream().filter(s -> s.phase() == Phase.TURN_OVER).findFirst().orElseThrow();
		assertThat(turn.instructions().get(0)).contains("right side is uppermost");
		PlanStep afterTurn = plan.steps().get(turn.index() + 1);
		assertThat(afterTurn.checkIn()).isTrue();
		assertThat(plan.steps()).flatExtracting(PlanStep::instructions)
			.noneMatch(line -> line.matches("(?i).*(each|either) side of the spine.*"));
		assertThat(plan.totalSeconds()).isBetween((int) (20 * 60 * 0.9), (int) (20 * 60 * 1.1));
	}

	@Test
	void aPartnerPlanWordsTheStretchesAndTheRestForTheGiverToAsk() {
		Plan plan = planned(this.planner.plan(partner(60), allClear()));

		assertThat(plan.steps()).filteredOn(s -> s.phase() == Phase.STRETCH || s.phase() == Phase.AFTERCARE)
			.extracting(PlanStep::itemId)
			.contains("knee-to-chest", "glute-bridge", "cat-cow", "seated-forward-bend", "aftercare-rest",
					"aftercare-water");
		assertThat(plan.steps()).filteredOn(s -> s.phase() == Phase.STRETCH || s.phase() == Phase.AFTERCARE)
			.flatExtracting(PlanStep::instructions)
			.isNotEmpty()
			.noneMatch(line -> line.startsWith("Tell them: “"))
			.noneMatch(line -> line.matches("(?i).*\\byou(r|rself)?\\b.*"));
	}

	@Test
	void aSelfPlanKeepsTheStretchesAddressedToTheReader() {
		Plan plan = planned(this.planner.plan(self(30, Equipment.MAT), allClear()));

		assertThat(plan.steps()).flatExtracting(PlanStep::instructions).noneMatch(l -> l.startsWith("Tell them"));
	}

	@Test
	void eachStepCarriesItsItemsHands() {
		ContentLibrary library = ContentLibrary.standard();
		Plan plan = planned(this.planner.plan(partner(15), allClear()));

		assertThat(plan.steps())
			.allSatisfy(s -> assertThat(s.hands()).isEqualTo(library.find(s.itemId()).orElseThrow().hands()));
		assertThat(plan.steps()).filteredOn(s -> s.phase().working())
			.allSatisfy(s -> assertThat(s.hands()).isNotBlank());
	}

	@Test
	void anExerciseSaysWhyExerciseHelpsAndAStretchThatItComesAfterTheWork() {
		Plan plan = planned(this.planner.plan(self(30, Equipment.TENNIS_BALLS, Equipment.MAT), allClear()));

		PlanStep tilt = step(plan, "pelvic-tilt");
		PlanStep stretch = step(plan, "knee-to-chest");
		assertThat(plan.steps().indexOf(tilt)).isLessThan(plan.steps().indexOf(stretch));
		assertThat(tilt.why()).contains("NICE NG59").doesNotContainIgnoringCase("massage helps");
		assertThat(stretch.why()).doesNotContain("NICE NG59").containsIgnoringCase("stretch");
	}

	@Test
	void aLightPlansWarmUpDoesNotPromiseFirmerWork() {
		PlanRequest light = new PlanRequest(Mode.PARTNER, new SessionMinutes(15), Set.of(Equipment.BED, Equipment.OIL),
				Set.of(), Set.of(), Pressure.LIGHT, null);

		PlanStep warmUp = step(planned(this.planner.plan(light, allClear())), "effleurage-glide");

		assertThat(warmUp.why()).isNotBlank().doesNotContainIgnoringCase("firm");
		assertThat(step(planned(this.planner.plan(partner(15), allClear())), "effleurage-glide").why())
			.contains("firmer");
	}

	@Test
	void everyTitleReasonAndChecklistOfAPlanIsWordedFromTheMessages() {
		SessionPlanner keys = new SessionPlanner(ContentLibrary.standard(), check(),
				(key, arguments) -> "[" + key + "]");
		PlanRequest longSelf = self(60, Equipment.TENNIS_BALLS, Equipment.MAT);
		PlanRequest soreSpot = with(partner(60), Set.of(Region.GLUTE_LEFT), Set.of(), Pressure.MEDIUM, null);
		PlanRequest visit = new PlanRequest(Mode.THERAPIST_VISIT, new SessionMinutes(30), Set.of(), Set.of(), Set.of(),
				Pressure.MEDIUM, null);

		for (PlanRequest request : List.of(longSelf, soreSpot, visit)) {
			Plan plan = planned(keys.plan(request, allClear()));
			assertThat(plan.checklists()).extracting(Checklist::title).allMatch(t -> t.matches("\\[plan\\..*\\]"));
			assertThat(plan.steps()).extracting(PlanStep::why).allMatch(w -> w.matches("\\[plan\\.reason\\..*\\]"));
			assertThat(plan.steps()).extracting(PlanStep::title).noneMatch(t -> t.matches(".*(\\(round| — ).*"));
		}
		assertThat(planned(keys.plan(longSelf, allClear())).steps()).extracting(PlanStep::title)
			.contains("[plan.step.title.round]");
		assertThat(planned(keys.plan(soreSpot, allClear())).steps()).extracting(PlanStep::title)
			.contains("[plan.step.title.soreSpot]");
	}

	private static PlanStep step(Plan plan, String itemId) {
		return plan.steps().stream().filter(s -> s.itemId().equals(itemId)).findFirst().orElseThrow();
	}

}
