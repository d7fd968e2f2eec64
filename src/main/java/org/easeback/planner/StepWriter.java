package org.easeback.planner;

import java.util.ArrayList;
import java.util.List;

import org.easeback.content.ContentItem;
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

	private static final String LEFT_ONLY = "Work on the " + Side.LEFT.name().toLowerCase() + " side of the back only.";

	private static final String RIGHT_ONLY = "Work on the " + Side.RIGHT.name().toLowerCase()
			+ " side of the back only.";

	private final PlanContext context;

	StepWriter(PlanContext context) {
		this.context = context;
	}

	List<PlanStep> write(List<TimeBudget.Timed> timed) {
		List<PlanStep> steps = new ArrayList<>();
		Phase previous = null;
		for (int i = 0; i < timed.size(); i++) {
			TimeBudget.Timed entry = timed.get(i);
			Slot slot = entry.slot();
			PlanStep step = step(steps.size(), slot, entry.seconds());
			boolean opensPhase = slot.phase() != previous || !slot.titleSuffix().isEmpty() && isFirstOfRound(timed, i);
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

	/**
	 * True when the entry at {@code index} (or an equal entry earlier in the list) starts
	 * a round.
	 */
	private static boolean isFirstOfRound(List<TimeBudget.Timed> timed, int index) {
		int i = timed.indexOf(timed.get(index));
		return i == 0 || !timed.get(i - 1).slot().titleSuffix().equals(timed.get(index).slot().titleSuffix());
	}

	private static List<String> prepend(String first, List<String> rest) {
		String[] lines = new String[rest.size() + 1];
		lines[0] = first;
		for (int i = 0; i < rest.size(); i++) {
			lines[i + 1] = rest.get(i);
		}
		return List.of(lines);
	}

	private PlanStep step(int index, Slot slot, int seconds) {
		ContentItem item = slot.item();
		Pressure max = item.pressure() == null ? null : item.pressure().cappedAt(this.context.changes().maxPressure());
		Pressure pressure = max == null ? null : max.cappedAt(this.context.request().pressure());
		// the item's lists are immutable already: the step keeps them as they are unless
		// it
		// adds a line of its own (List.copyOf in PlanStep copies only mutable lists)
		List<String> instructions = item.steps().isEmpty() ? item.details() : item.steps();
		if (slot.side() != Side.BOTH) {
			instructions = prepend(slot.side() == Side.LEFT ? LEFT_ONLY : RIGHT_ONLY, instructions);
		}
		List<String> cautions = item.cautions();
		if (item.tagged(org.easeback.shared.TechniqueTag.FACE_DOWN)
				&& this.context.changes().position() == Position.SIDE_LYING) {
			cautions = prepend("The receiver lies on their side: work the upper side only, supporting the body.",
					cautions);
		}
		Integer hold = item.timing() != null && item.timing().holds() ? item.timing().holdSeconds().max() : null;
		Integer reps = item.timing() != null && item.timing().counted() ? item.timing().repetitions().min() : null;
		return new PlanStep(index, slot.phase(), item.name() + slot.side().suffix() + slot.titleSuffix(), instructions,
				seconds, pressure, max, slot.regions(), item.id(), false, null, cautions, this.context.files(item),
				Reasons.why(slot), hold, reps);
	}

}
