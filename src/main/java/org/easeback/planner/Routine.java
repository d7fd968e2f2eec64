package org.easeback.planner;

import java.util.List;

/** The order of a session for one mode, following the articles. */
interface Routine {

	/** Untimed preparation. */
	List<Checklist> checklists(PlanContext context);

	/** The timed slots, in order, before timing. */
	List<Slot> slots(PlanContext context);

	/**
	 * True when the slots are worth a session: by default when at least one presses on
	 * muscles (stretches and aftercare alone are not a massage).
	 */
	default boolean worthDoing(List<Slot> slots) {
		return slots.stream().anyMatch(s -> s.phase().working());
	}

	/**
	 * Appended after the working slots: rest, the stretches, and bridges for the receiver
	 * of a partner massage while they lie on their back anyway, since exercise is what
	 * helps a back in the long run (NICE NG59).
	 */
	default List<Slot> aftercare(PlanContext context) {
		List<Slot> slots = new java.util.ArrayList<>();
		context.add(slots, "aftercare-rest", Phase.AFTERCARE, Side.BOTH, 1, false);
		context.add(slots, "knee-to-chest", Phase.STRETCH, Side.BOTH, 2, false);
		context.add(slots, "glute-bridge", Phase.STRETCH, Side.BOTH, 4, false);
		context.add(slots, "cat-cow", Phase.STRETCH, Side.BOTH, 3, false);
		context.add(slots, "seated-forward-bend", Phase.STRETCH, Side.BOTH, 4, false);
		return slots;
	}

}
