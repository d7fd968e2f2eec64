package org.easeback.planner;

import java.util.ArrayList;
import java.util.List;

import org.easeback.content.ContentItem;
import org.easeback.content.Source;
import org.easeback.safety.Position;
import org.easeback.shared.Pressure;

/**
 * Writes the steps the player shows from timed slots: pressure within the cap, a check-in
 * at the start of every working phase, the cautions, the sources and why the step is
 * there.
 */
final class StepWriter {

	private static final String PARTNER_CHECK_IN = "Ask: “Is the pressure right?” Adjust straight away, and stop if it hurts.";

	private static final String SELF_CHECK_IN = "Check in: is the pressure comfortable? Ease off at once if anything feels sharp.";

	private final PlanContext context;

	StepWriter(PlanContext context) {
		this.context = context;
	}

	List<PlanStep> write(List<TimeBudget.Timed> timed) {
		List<PlanStep> steps = new ArrayList<>();
		Phase previous = null;
		for (TimeBudget.Timed entry : timed) {
			Slot slot = entry.slot();
			PlanStep step = step(steps.size(), slot, entry.seconds());
			boolean opensPhase = slot.phase() != previous
					|| !slot.titleSuffix().isEmpty() && isFirstOfRound(timed, entry);
			if (slot.phase().working() && opensPhase) {
				step = step.withCheckIn(this.context.request().mode() == Mode.SELF ? SELF_CHECK_IN : PARTNER_CHECK_IN);
			}
			steps.add(step);
			previous = slot.phase();
		}
		return steps;
	}

	/** A step without a timer, such as a glass of water at the end. */
	PlanStep untimed(int index, ContentItem item, Phase phase) {
		return step(index, new Slot(item, phase, Side.BOTH, List.of(), 1, false, ""), 0);
	}

	private static boolean isFirstOfRound(List<TimeBudget.Timed> timed, TimeBudget.Timed entry) {
		int i = timed.indexOf(entry);
		return i == 0 || !timed.get(i - 1).slot().titleSuffix().equals(entry.slot().titleSuffix());
	}

	private PlanStep step(int index, Slot slot, int seconds) {
		ContentItem item = slot.item();
		Pressure max = item.pressure() == null ? null : item.pressure().cappedAt(this.context.changes().maxPressure());
		Pressure pressure = max == null ? null : max.cappedAt(this.context.request().pressure());
		List<String> instructions = new ArrayList<>(item.steps().isEmpty() ? item.details() : item.steps());
		if (slot.side() != Side.BOTH) {
			instructions.add(0, "Work on the " + slot.side().name().toLowerCase() + " side of the back only.");
		}
		List<String> cautions = new ArrayList<>(item.cautions());
		if (item.tagged(org.easeback.shared.TechniqueTag.FACE_DOWN)
				&& this.context.changes().position() == Position.SIDE_LYING) {
			cautions.add(0, "The receiver lies on their side: work the upper side only, supporting the body.");
		}
		Integer hold = item.timing() != null && item.timing().holds() ? item.timing().holdSeconds().max() : null;
		Integer reps = item.timing() != null && item.timing().counted() ? item.timing().repetitions().min() : null;
		return new PlanStep(index, slot.phase(), item.name() + slot.side().suffix() + slot.titleSuffix(), instructions,
				seconds, pressure, max, slot.regions(), item.id(), false, null, cautions,
				item.sources().stream().map(Source::file).toList(), Reasons.why(slot), hold, reps);
	}

}
