package org.easeback.planner;

import java.util.Locale;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.easeback.shared.Words;
import org.easeback.content.ContentLibrary;
import org.easeback.content.Equipment;
import org.easeback.safety.Finding;
import org.easeback.safety.PlanChanges;
import org.easeback.safety.Position;
import org.easeback.safety.SafetyCheck;
import org.easeback.safety.SafetyFixtures;
import org.easeback.safety.SafetyInput;
import org.easeback.safety.SafetyResult;
import org.easeback.shared.Pressure;
import org.easeback.shared.Region;
import org.easeback.shared.TechniqueTag;

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

	/** A CAUTION result with exactly these changes, as one safety rule would give it. */
	public static SafetyResult caution(PlanChanges changes) {
		return SafetyResult.of(
				List.of(Finding.caution("changes_under_test", "the changes under test", "PlannerFixtures", changes)),
				Optional.empty());
	}

	/** The changes fragile bones call for (SAFETY.md, osteoporosis). */
	public static PlanChanges fragileBones() {
		return PlanChanges.NONE.withMaxPressure(Pressure.LIGHT)
			.forbidding(TechniqueTag.KNUCKLES, TechniqueTag.FIRM_NEAR_BONE, TechniqueTag.TOOL_PRESSURE,
					TechniqueTag.LOADED_FLEXION);
	}

	/** The changes pregnancy calls for (SAFETY.md, pregnant). */
	public static PlanChanges pregnancy() {
		return new PlanChanges(Pressure.LIGHT, Set.of(), Position.SIDE_LYING, Set.of(), false,
				Set.of(TechniqueTag.LYING_ON_BACK, TechniqueTag.SACRUM_PRESSURE), List.of(), List.of(), false, false);
	}

	/** The changes a strain in the last three days calls for (SAFETY.md, painOnset). */
	public static PlanChanges freshStrain() {
		return PlanChanges.NONE.withMaxPressure(Pressure.LIGHT).withShorterWork();
	}

	/** True when a line of a plan asks someone to lie on their back. */
	public static boolean asksToLieOnTheBack(String line) {
		return line.matches("(?is).*\\bl(ie|ies|ying)( flat)? (down )?on (your|their|the) back.*");
	}

	public static Plan planned(PlanOutcome outcome) {
		if (outcome instanceof PlanOutcome.Planned planned) {
			return planned.plan();
		}
		throw new AssertionError("expected a plan, got " + outcome);
	}

}
