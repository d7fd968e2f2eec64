package org.easeback.planner;

import java.util.ArrayList;
import java.util.List;

/**
 * A session of the items the request names (a therapist's home routine), in their order:
 * exactly those that the safety answers, the areas to avoid and the equipment allow, each
 * one left out with a note saying why. Then a rest, and no other stretches.
 */
final class ChosenItemsRoutine implements Routine {

	@Override
	public List<Checklist> checklists(PlanContext context) {
		return new SelfRoutine().checklists(context);
	}

	@Override
	public List<Slot> slots(PlanContext context) {
		List<Slot> slots = new ArrayList<>();
		context.request().itemIds().forEach(id -> context.addChosen(slots, id));
		return slots;
	}

	/** Stretches alone are a home routine too. */
	@Override
	public boolean worthDoing(List<Slot> slots) {
		return !slots.isEmpty();
	}

	@Override
	public List<Slot> aftercare(PlanContext context) {
		List<Slot> slots = new ArrayList<>();
		context.add(slots, "aftercare-rest", Phase.AFTERCARE, Side.BOTH, 1, false);
		return slots;
	}

}
