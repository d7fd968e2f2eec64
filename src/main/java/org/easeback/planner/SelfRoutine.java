package org.easeback.planner;

import java.util.ArrayList;
import java.util.List;

import org.easeback.content.ContentItem;
import org.easeback.content.Equipment;

/**
 * Self-massage: heat when a heat pack is at hand, then tennis balls, foam roller or wall
 * as the equipment allows, hands-on work (fingertips, then knuckles), stretches and
 * aftercare. When the safety check rules out the tools or the knuckles, the fingertips
 * stay and take their time.
 */
final class SelfRoutine implements Routine {

	/**
	 * The self-massage the fingertips stand in for when the safety check rules it out.
	 */
	private static final List<String> FIRMER_WORK = List.of("tennis-ball-roll", "foam-roller-roll", "wall-ball-roll",
			"self-hands-knuckles");

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
		context.add(slots, "self-hands-fingertips", Phase.HANDS_ON, Side.BOTH, 2, true);
		context.add(slots, "self-hands-knuckles", Phase.HANDS_ON, Side.BOTH, 3, true);
		noteTheGentleAlternative(context, slots);
		if (!context.request().soreSpots().isEmpty()) {
			context.note("plan.note.selfSoreSpots");
		}
		return slots;
	}

	private static void noteTheGentleAlternative(PlanContext context, List<Slot> slots) {
		boolean firmerWorkLeftOut = FIRMER_WORK.stream()
			.map(context::item)
			.filter(item -> context.request().equipment().containsAll(item.equipment()))
			.anyMatch(item -> context.eligibility().whyNot(item).filter(Exclusion::bySafetyCheck).isPresent());
		ContentItem fingertips = context.item("self-hands-fingertips");
		if (firmerWorkLeftOut && slots.stream().anyMatch(slot -> slot.item() == fingertips)) {
			context.note("plan.note.gentleAlternative", fingertips.name());
		}
	}

}
