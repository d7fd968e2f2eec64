package org.easeback.planner;

import java.util.ArrayList;
import java.util.List;

/**
 * A visit to a professional: what to prepare and say before, speaking up during the
 * massage, water and stretches after. The hand-off profile holds the details.
 */
final class TherapistVisitRoutine implements Routine {

	@Override
	public List<Checklist> checklists(PlanContext context) {
		List<Checklist> lists = new ArrayList<>();
		lists.add(Checklists.of("before", context.words("plan.checklist.before"),
				List.of(context.item("tell-your-therapist"))));
		lists.add(Checklists.of("choose", context.words("plan.checklist.choose"),
				List.of(context.item("choosing-a-therapist"))));
		context.note("plan.note.handoff");
		return lists;
	}

	@Override
	public List<Slot> slots(PlanContext context) {
		List<Slot> slots = new ArrayList<>();
		context.add(slots, "communication", Phase.DURING_VISIT, Side.BOTH, 1, false);
		return slots;
	}

	/** A visit is worth preparing for even though the therapist does the work. */
	@Override
	public boolean worthDoing(List<Slot> slots) {
		return true;
	}

}
