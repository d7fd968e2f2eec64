package org.easeback.planner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.easeback.content.ContentItem;
import org.easeback.content.ContentLibrary;
import org.easeback.content.Kind;
import org.easeback.content.StepLine;
import org.easeback.safety.PlanChanges;
import org.easeback.safety.Position;
import org.easeback.shared.Pressure;
import org.easeback.shared.Region;
import org.easeback.shared.TechniqueTag;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Steps are written from the plan (issue 38): the side worked, how the receiver lies, the
 * pressure planned and who reads them decide the words, over random requests and safety
 * changes (hazard log H57 to H59).
 */
class StepWordingProperties {

	private static final ContentLibrary library = ContentLibrary.standard();

	private static final Pattern ABOVE_LIGHT = Pattern
		.compile("(?i)\\b(firm|firmly|firmer|deeper|harder)\\b|more pressure|a little firmer");

	private static final Pattern FIRM = Pattern.compile("(?i)\\bfirm(ly|er)?\\b");

	private static final Pattern OTHER_SIDE = Pattern
		.compile("(?i)change sides|other side|both sides|one side,? then|then the other");

	private static final Pattern BOTH_SIDES_AT_ONCE = Pattern.compile(
			"(?i)\\b(each|either) side of the (spine|waist)|\\bone each side\\b|hand on each side|stand (close to|at) (their|the) side");

	private final SessionPlanner planner = PlannerFixtures.planner();

	private final SessionPlannerProperties requests = new SessionPlannerProperties();

	@Property(tries = 300)
	void everyStepSaysWhatItsPlanAsks(@ForAll("requests") PlanRequest request, @ForAll("changes") PlanChanges changes) {
		PlanOutcome outcome = this.planner.plan(request, PlannerFixtures.caution(changes), Set.of());
		if (!(outcome instanceof PlanOutcome.Planned planned)) {
			return;
		}
		Plan plan = planned.plan();
		boolean sideLying = request.mode() == Mode.PARTNER && changes.position() == Position.SIDE_LYING;
		for (PlanStep step : plan.steps()) {
			ContentItem item = library.find(step.itemId()).orElseThrow();
			List<String> words = new ArrayList<>(step.instructions());
			words.addAll(step.cautions());
			if (step.hands() != null) {
				words.add(step.hands());
			}
			// hands: every step carries its item's
			assertThat(step.hands()).as(step.title()).isEqualTo(item.hands());
			// pressure: the words never ask for more than the step plans
			// (an exercise's "Harder:" line names its harder version, not a pressure)
			List<String> pressureWords = words.stream().map(w -> w.replaceFirst("^Harder: ", "")).toList();
			if (step.pressure() == Pressure.LIGHT) {
				assertThat(pressureWords).as("LIGHT %s", step.title()).noneMatch(w -> ABOVE_LIGHT.matcher(w).find());
			}
			if (step.pressure() == Pressure.MEDIUM) {
				assertThat(pressureWords).as("MEDIUM %s", step.title()).noneMatch(w -> FIRM.matcher(w).find());
			}
			// sides: a one-side step names the receiver's side and where the giver
			// stands,
			// and never sends them to the other side
			if (step.phase() == Phase.ONE_SIDE || step.phase() == Phase.OTHER_SIDE) {
				if (item.kind() == Kind.TECHNIQUE && !step.itemId().equals(StepWriter.TURN_OVER)) {
					String side = step.title().contains("their left side") ? "left" : "right";
					assertThat(step.title()).containsPattern("their (left|right) side");
					assertThat(step.instructions().get(0)).contains("their " + side + " side")
						.containsPattern("Stand|standing");
					assertThat(step.instructions()).noneMatch(w -> OTHER_SIDE.matcher(w).find());
				}
			}
			if (step.phase() == Phase.SORE_SPOTS) {
				assertThat(step.instructions()).noneMatch(w -> OTHER_SIDE.matcher(w).find());
			}
			// position: side-lying text for every technique, never both sides at once
			if (sideLying && item.kind() == Kind.TECHNIQUE) {
				assertThat(words).as("side-lying %s", step.title())
					.noneMatch(w -> BOTH_SIDES_AT_ONCE.matcher(w).find() || OTHER_SIDE.matcher(w).find());
			}
			// who reads it: in a partner plan, no line written to "you" reaches the giver
			// bare
			if (request.mode() == Mode.PARTNER && item.kind() != Kind.TECHNIQUE && item.kind() != Kind.SETUP) {
				List<String> toYou = item.stepLines()
					.stream()
					.map(StepLine::text)
					.filter(t -> t.matches("(?i).*\\byou(r|rself)?\\b.*"))
					.toList();
				assertThat(step.instructions()).as(step.title()).doesNotContainAnyElementsOf(toYou);
			}
		}
		if (sideLying) {
			turnsBetweenSides(plan);
		}
	}

	/**
	 * Whenever the next step needs the other side uppermost, a turn-over step comes
	 * first.
	 */
	private static void turnsBetweenSides(Plan plan) {
		String up = null;
		for (PlanStep step : plan.steps()) {
			if (step.itemId().equals(StepWriter.TURN_OVER)) {
				up = step.instructions().get(0).contains("left side is uppermost") ? "left" : "right";
				continue;
			}
			String needed = needed(step);
			if (needed != null) {
				assertThat(up == null || up.equals(needed)).as("turn before %s", step.title()).isTrue();
				up = needed;
			}
		}
	}

	private static String needed(PlanStep step) {
		if (step.title().contains("their left side")) {
			return "left";
		}
		if (step.title().contains("their right side")) {
			return "right";
		}
		if (step.phase() == Phase.SORE_SPOTS && step.regions().size() == 1) {
			Region region = step.regions().get(0);
			return region.name().endsWith("_LEFT") ? "left" : region.name().endsWith("_RIGHT") ? "right" : null;
		}
		return null;
	}

	@Provide
	Arbitrary<PlanRequest> requests() {
		return this.requests.requests();
	}

	/** Random safety changes, side-lying and light caps often. */
	@Provide
	Arbitrary<PlanChanges> changes() {
		Arbitrary<Pressure> cap = Arbitraries.of(Pressure.class);
		Arbitrary<Position> position = Arbitraries.of(Position.class);
		Arbitrary<Set<TechniqueTag>> forbidden = Arbitraries.of(TechniqueTag.class).set().ofMaxSize(3);
		Arbitrary<Boolean> shorter = Arbitraries.of(true, false);
		return Combinators.combine(cap, position, forbidden, shorter)
			.as((c, p, f, s) -> new PlanChanges(c, Set.of(), p, Set.of(), true, f, List.of(), List.of(), s, false));
	}

}
