package org.easeback.planner;

import java.util.ArrayList;
import java.util.List;

import org.easeback.content.Equipment;

/**
 * Self-massage: heat when a heat pack is at hand, then tennis balls, foam roller or wall
 * as the equipment allows, hands-on work, stretches and aftercare.
 */
final class SelfRoutine implements Routine {

	@Override
	public List<Checklist> checklists(PlanContext context) {
		List<Checklist> lists = new ArrayList<>();
		lists.add(Checklists.of("room", "Get ready", List.of(context.item("setup-place"))));
		lists.add(Checklists.of("listen", "Listen to your back", List.of(context.item("massage-can-and-cannot"))));
		return lists;
	}

	@Override
	public List<Slot> slots(PlanContext context) {
		List<Slot> slots = new ArrayList<>();
		if (context.request().has(Equipment.HEAT_PACK)) {
			context.add(slots, "setup-heat-before", Phase.HEAT, Side.BOTH, 3, false);
		}
		context.add(slots, "tennis-ball-roll", Phase.TOOLS, Side.BOTH, 1, true);
		context.add(slots, "foam-roller-roll", Phase.TOOLS, Side.BOTH, 1, true);
		context.add(slots, "wall-ball-roll", Phase.TOOLS, Side.BOTH, 2, true);
		context.add(slots, "self-hands-knuckles", Phase.HANDS_ON, Side.BOTH, 2, true);
		if (!context.request().soreSpots().isEmpty()) {
			context.note("Spend a little longer where it is sore, easing off at once if the pain turns sharp.");
		}
		return slots;
	}

}
