package org.easeback.planner;

import java.util.Locale;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.easeback.shared.Words;
import org.easeback.content.ContentLibrary;
import org.easeback.content.Equipment;
import org.easeback.safety.SafetyCheck;
import org.easeback.safety.SafetyFixtures;
import org.easeback.safety.SafetyInput;
import org.easeback.shared.Pressure;
import org.easeback.shared.Region;

/** Requests, answers and a planner on the real content and the real safety rules. */
public final class PlannerFixtures {

	public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	private PlannerFixtures() {
	}

	public static SafetyCheck check() {
		return new SafetyCheck(Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
	}

	public static SessionPlanner planner() {
		Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
		return new SessionPlanner(ContentLibrary.standard(), new SafetyCheck(clock),
				Words.of(SafetyFixtures.messages(), Locale.ENGLISH));
	}

	public static PlanRequest partner(int minutes) {
		return new PlanRequest(Mode.PARTNER, new SessionMinutes(minutes),
				EnumSet.of(Equipment.BED, Equipment.OIL, Equipment.TOWELS, Equipment.PILLOW), Set.of(), Set.of(),
				Pressure.MEDIUM, null);
	}

	public static PlanRequest self(int minutes, Equipment... equipment) {
		return new PlanRequest(Mode.SELF, new SessionMinutes(minutes), Set.of(equipment), Set.of(), Set.of(),
				Pressure.MEDIUM, null);
	}

	public static PlanRequest with(PlanRequest r, Set<Region> sore, Set<Region> avoid, Pressure pressure, String oil) {
		return new PlanRequest(r.mode(), r.minutes(), r.equipment(), sore, avoid, pressure, oil);
	}

	public static SafetyInput allClear() {
		return answers(Map.of());
	}

	public static SafetyInput yes(String... ids) {
		Map<String, Boolean> answers = new java.util.HashMap<>();
		for (String id : ids) {
			answers.put(id, true);
		}
		return answers(answers);
	}

	public static SafetyInput answers(Map<String, Boolean> answers) {
		return new SafetyInput(answers, 40, null, null, List.of(), false, List.of());
	}

	public static SafetyInput allergic(String... allergies) {
		return new SafetyInput(Map.of(), 40, null, null, List.of(allergies), false, List.of());
	}

	public static SafetyInput skin(Region... areas) {
		return new SafetyInput(Map.of("skin_problem", true), 40, null, null, List.of(), false,
				List.of(areas).stream().map(Region::name).toList());
	}

	public static Plan planned(PlanOutcome outcome) {
		if (outcome instanceof PlanOutcome.Planned planned) {
			return planned.plan();
		}
		throw new AssertionError("expected a plan, got " + outcome);
	}

}
