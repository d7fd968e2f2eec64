package org.easeback.planner;

import org.easeback.content.ContentItem;
import org.easeback.shared.Pressure;

/**
 * One line per step saying why it is in the plan, worded from the messages
 * {@code plan.reason.*}: by phase, and where the phase alone would say something untrue,
 * by what the step is (an exercise among the stretches, an item a therapist chose) or how
 * the plan is set (a light plan promises no firmer work).
 */
final class Reasons {

	private Reasons() {
	}

	static String why(PlanContext context, Slot slot) {
		return context.words(key(context, slot.phase(), slot.item()));
	}

	static String why(PlanContext context, Phase phase) {
		return context.words(key(context, phase, null));
	}

	private static String key(PlanContext context, Phase phase, ContentItem item) {
		String key = "plan.reason." + phase.name();
		if (context.request().chosenItems()
				&& (phase == Phase.STRETCH || phase == Phase.TOOLS || phase == Phase.HANDS_ON)) {
			return "plan.reason.chosen";
		}
		if (phase == Phase.STRETCH && item != null && item.exercise()) {
			return key + ".exercise";
		}
		if (phase == Phase.WARM_UP && context.cap() == Pressure.LIGHT) {
			return key + ".light";
		}
		return key;
	}

}
