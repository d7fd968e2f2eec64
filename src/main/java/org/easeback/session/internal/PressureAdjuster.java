package org.easeback.session.internal;

import java.util.ArrayList;
import java.util.List;

import org.easeback.planner.Plan;
import org.easeback.planner.PlanStep;
import org.easeback.shared.Pressure;

/**
 * Re-words the pressure of the remaining steps after "lighter" or "firmer". Each answer
 * moves every remaining step one level; a step never goes below light nor above its own
 * cap (the lower of the technique's maximum and the safety check's cap).
 */
final class PressureAdjuster {

	private PressureAdjuster() {
	}

	/** The pressure of each step from {@code fromIndex} on, after all feedback so far. */
	static List<StepPressure> adjust(Plan plan, List<PressureFeedback> feedback, int fromIndex) {
		int shift = feedback.stream().mapToInt(PressureFeedback::shift).sum();
		int levels = Pressure.values().length - 1;
		shift = Math.max(-levels, Math.min(levels, shift));
		List<StepPressure> result = new ArrayList<>();
		for (PlanStep step : plan.steps()) {
			if (step.index() < fromIndex || step.pressure() == null) {
				continue;
			}
			int wanted = step.pressure().ordinal() + shift;
			int highest = (step.maxPressure() == null ? step.pressure() : step.maxPressure()).ordinal();
			int level = Math.max(0, Math.min(highest, wanted));
			result.add(new StepPressure(step.index(), Pressure.values()[level], level < wanted));
		}
		return result;
	}

	/**
	 * One step's pressure after feedback.
	 *
	 * @param index the step
	 * @param pressure its pressure now
	 * @param atCap true when the receiver asked for more than the step allows
	 */
	record StepPressure(int index, Pressure pressure, boolean atCap) {
	}

}
