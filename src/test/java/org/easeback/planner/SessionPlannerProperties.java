package org.easeback.planner;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.easeback.content.ContentItem;
import org.easeback.content.ContentLibrary;
import org.easeback.content.Equipment;
import org.easeback.content.Who;
import org.easeback.safety.PlanChanges;
import org.easeback.safety.Position;
import org.easeback.safety.Question;
import org.easeback.safety.SafetyInput;
import org.easeback.safety.SafetyResult;
import org.easeback.shared.Pressure;
import org.easeback.shared.Region;
import org.easeback.shared.TechniqueTag;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules every plan obeys (SAFETY.md, "Rules every plan obeys"), over random requests.
 */
class SessionPlannerProperties {

	private static final ContentLibrary library = ContentLibrary.standard();

	private final SessionPlanner planner = PlannerFixtures.planner();

	@Property(tries = 300)
	void shouldObeyEverySafetyRuleForAnyRequest(@ForAll("requests") PlanRequest request,
			@ForAll("answers") SafetyInput answers) {
		PlanOutcome outcome = this.planner.plan(request, answers);
		SafetyResult safety = PlannerFixtures.check().check(answers);
		if (!safety.allowsPlan()) {
			assertThat(outcome).isInstanceOf(PlanOutcome.Refused.class);
			return;
		}
		if (!(outcome instanceof PlanOutcome.Planned planned)) {
			assertThat(outcome).isInstanceOf(PlanOutcome.NothingToDo.class);
			return;
		}
		Plan plan = planned.plan();
		PlanChanges changes = safety.changes();
		for (PlanStep step : plan.steps()) {
			ContentItem item = library.find(step.itemId()).orElseThrow();
			// 1 and 2: never the spine, never an avoided or excluded area
			assertThat(step.regions()).doesNotContain(Region.SPINE)
				.noneMatch(request.avoidRegions()::contains)
				.noneMatch(changes.excludedRegions()::contains);
			// 3: no professional-only technique at home
			assertThat(item.who()).isNotEqualTo(Who.PROFESSIONAL_ONLY);
			// 4: pressure within the safety cap and, as planned, the person's preference
			if (step.pressure() != null) {
				assertThat(step.pressure()).isLessThanOrEqualTo(changes.maxPressure())
					.isLessThanOrEqualTo(request.pressure());
				assertThat(step.maxPressure()).isLessThanOrEqualTo(changes.maxPressure());
			}
			// forbidden techniques and answers that rule an item out
			for (TechniqueTag tag : item.tags()) {
				if (tag != TechniqueTag.FACE_DOWN || changes.position() == Position.FACE_DOWN) {
					assertThat(changes.permits(tag)).as("%s uses forbidden %s", item.id(), tag).isTrue();
				}
			}
			answers.answers().forEach((id, yes) -> {
				if (yes) {
					assertThat(item.ruledOutBy(id)).as("%s ruled out by %s", item.id(), id).isFalse();
				}
			});
		}
		// 5: every working phase opens with a check-in
		Phase previous = null;
		for (PlanStep step : plan.steps()) {
			if (step.phase().working() && step.phase() != previous) {
				assertThat(step.checkIn()).as("check-in at %s", step.title()).isTrue();
			}
			previous = step.phase();
		}
		// 7: the oil respects allergies; essential oils only when allowed
		if (plan.oilId() != null) {
			ContentItem oil = library.find(plan.oilId()).orElseThrow();
			assertThat(oil.containsAny(changes.forbiddenAllergens())).isFalse();
			if (oil.tagged(TechniqueTag.ESSENTIAL_OIL)) {
				assertThat(changes.essentialOilsAllowed()).isTrue();
				assertThat(plan.oil()).contains("mixed into");
			}
		}
		obeysTheTimeRule(plan, request, changes);
	}

	@Property(tries = 300)
	void shouldNeverUseAForbiddenTechniqueWhateverTheChanges(@ForAll("requests") PlanRequest request,
			@ForAll("changes") PlanChanges changes) {
		PlanOutcome outcome = this.planner.plan(request, PlannerFixtures.caution(changes), Set.of());
		if (!(outcome instanceof PlanOutcome.Planned planned)) {
			assertThat(outcome).isInstanceOf(PlanOutcome.NothingToDo.class);
			return;
		}
		Plan plan = planned.plan();
		for (PlanStep step : plan.steps()) {
			ContentItem item = library.find(step.itemId()).orElseThrow();
			for (TechniqueTag tag : item.tags()) {
				if (tag != TechniqueTag.FACE_DOWN || changes.position() == Position.FACE_DOWN) {
					assertThat(changes.permits(tag)).as("%s uses forbidden %s", item.id(), tag).isTrue();
				}
			}
			assertThat(step.regions()).noneMatch(changes.excludedRegions()::contains);
			if (step.pressure() != null) {
				assertThat(step.maxPressure()).isLessThanOrEqualTo(changes.maxPressure());
			}
		}
		List<String> prepared = plan.checklists().stream().flatMap(c -> c.items().stream()).toList();
		if (!changes.permits(TechniqueTag.FLOOR)) {
			assertThat(prepared).doesNotContainAnyElementsOf(library.find("setup-surface-floor").orElseThrow().steps());
		}
		if (!changes.permits(TechniqueTag.LYING_ON_BACK)) {
			assertThat(prepared).noneMatch(PlannerFixtures::asksToLieOnTheBack);
		}
		if (plan.oilId() != null && !changes.essentialOilsAllowed()) {
			assertThat(library.find(plan.oilId()).orElseThrow().tagged(TechniqueTag.ESSENTIAL_OIL)).isFalse();
		}
		obeysTheTimeRule(plan, request, changes);
	}

	/**
	 * Rule 8: within the asked time (ten percent either way), never above 60 minutes.
	 * With shorter work each massage step takes its shortest timing once, at most ten
	 * minutes of massage in all, and the session may end sooner than asked.
	 */
	private static void obeysTheTimeRule(Plan plan, PlanRequest request, PlanChanges changes) {
		int target = request.minutes().seconds();
		int atMost = (int) Math.min(target * 1.1, 3600);
		if (!changes.shorterWork()) {
			assertThat(plan.totalSeconds()).isBetween((int) (target * 0.9), atMost);
			assertThat(plan.minutes()).isEqualTo(request.minutes().value());
			return;
		}
		List<PlanStep> work = plan.steps().stream().filter(s -> s.phase().working()).toList();
		assertThat(work).allSatisfy(step -> {
			assertThat(step.seconds()).as(step.title())
				.isEqualTo(library.find(step.itemId()).orElseThrow().timing().seconds().min());
			assertThat(step.title()).doesNotContain("(round");
		});
		assertThat(work.stream().mapToInt(PlanStep::seconds).sum()).isLessThanOrEqualTo(TimeBudget.SHORT_WORK_SECONDS);
		assertThat(plan.totalSeconds()).isLessThanOrEqualTo(atMost);
		assertThat(plan.minutes()).isLessThanOrEqualTo(request.minutes().value());
	}

	/**
	 * Self-care that guides: each rolling item once, at most its longest timing (a minute
	 * or two per area), and never two rolling steps in a row while an exercise is left to
	 * put between them.
	 */
	@Property(tries = 200)
	void aSelfPlanRollsEachAreaOnceAndBrieflyWithMovementBetween(@ForAll("requests") PlanRequest request,
			@ForAll("changes") PlanChanges changes) {
		PlanRequest self = new PlanRequest(Mode.SELF, request.minutes(), request.equipment(), request.soreSpots(),
				request.avoidRegions(), request.pressure(), null);
		if (!(this.planner.plan(self, PlannerFixtures.caution(changes),
				Set.of()) instanceof PlanOutcome.Planned planned)) {
			return;
		}
		List<PlanStep> steps = planned.plan().steps();
		List<PlanStep> rolling = steps.stream()
			.filter(step -> library.find(step.itemId()).orElseThrow().tagged(TechniqueTag.TOOL_PRESSURE))
			.toList();
		assertThat(rolling).extracting(PlanStep::itemId).doesNotHaveDuplicates();
		assertThat(rolling).allSatisfy(step -> assertThat(step.seconds()).as(step.title())
			.isLessThanOrEqualTo(library.find(step.itemId()).orElseThrow().timing().seconds().max()));
		boolean exerciseAfterLastRoll = !rolling.isEmpty()
				&& steps.subList(rolling.get(rolling.size() - 1).index(), steps.size())
					.stream()
					.anyMatch(step -> step.phase() == Phase.STRETCH);
		for (int i = 1; i < steps.size() && exerciseAfterLastRoll; i++) {
			assertThat(rolling.contains(steps.get(i - 1)) && rolling.contains(steps.get(i)))
				.as("two rolling steps in a row: %s, %s", steps.get(i - 1).title(), steps.get(i).title())
				.isFalse();
		}
	}

	@Property(tries = 100)
	void shouldGiveTheSamePlanForTheSameRequest(@ForAll("requests") PlanRequest request,
			@ForAll("answers") SafetyInput answers) {
		assertThat(this.planner.plan(request, answers)).isEqualTo(this.planner.plan(request, answers));
	}

	@Provide
	Arbitrary<PlanRequest> requests() {
		Arbitrary<Mode> modes = Arbitraries.of(Mode.class);
		Arbitrary<Integer> minutes = Arbitraries.integers().between(SessionMinutes.MIN, SessionMinutes.MAX);
		Arbitrary<Set<Equipment>> equipment = Arbitraries.of(Equipment.class).set();
		Arbitrary<Set<Region>> sore = Arbitraries.of(Region.class).set().ofMaxSize(4);
		Arbitrary<Set<Region>> avoid = Arbitraries.of(Region.class).set().ofMaxSize(6);
		Arbitrary<Pressure> pressure = Arbitraries.of(Pressure.class);
		List<String> oilIds = library.oils().stream().map(ContentItem::id).toList();
		Arbitrary<String> oil = Arbitraries.of(oilIds).injectNull(0.3);
		return Combinators.combine(modes, minutes, equipment, sore, avoid, pressure, oil)
			.as((m, min, eq, s, a, p, o) -> new PlanRequest(m, new SessionMinutes(min),
					eq.isEmpty() ? EnumSet.noneOf(Equipment.class) : EnumSet.copyOf(eq), s, a, p, o));
	}

	@Provide
	Arbitrary<PlanChanges> changes() {
		Arbitrary<Pressure> cap = Arbitraries.of(Pressure.class);
		Arbitrary<Set<Region>> excluded = Arbitraries.of(Region.class).set().ofMaxSize(4);
		Arbitrary<Position> position = Arbitraries.of(Position.class);
		Arbitrary<Boolean> oils = Arbitraries.of(true, false);
		Arbitrary<Set<TechniqueTag>> forbidden = Arbitraries.of(TechniqueTag.class).set();
		Arbitrary<Boolean> shorter = Arbitraries.of(true, false);
		return Combinators.combine(cap, excluded, position, oils, forbidden, shorter)
			.as((c, e, p, o, f, s) -> new PlanChanges(c, e, p, Set.of(), o, f, List.of(), List.of(), s, false));
	}

	@Provide
	Arbitrary<SafetyInput> answers() {
		Arbitrary<Set<Question>> yes = Arbitraries.of(Question.class)
			.filter(q -> q != Question.SKIN_PROBLEM)
			.set()
			.ofMaxSize(3);
		Arbitrary<List<String>> allergies = Arbitraries.of("TREE_NUT", "COCONUT", "FRAGRANCE", "LATEX", "lavender")
			.list()
			.uniqueElements()
			.ofMaxSize(3);
		Arbitrary<Integer> age = Arbitraries.integers().between(18, 90);
		return Combinators.combine(yes, allergies, age).as((y, a, ag) -> {
			Map<String, Boolean> map = new HashMap<>();
			y.forEach(q -> map.put(q.id(), true));
			return new SafetyInput(map, ag, null, y.contains(Question.PREGNANT) ? 20 : null, a, false, List.of());
		});
	}

}
