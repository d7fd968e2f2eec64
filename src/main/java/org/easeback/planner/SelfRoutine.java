package org.easeback.planner;

import java.util.ArrayList;
import java.util.List;

import org.easeback.content.ContentItem;
import org.easeback.content.Equipment;

/**
 * Self-massage that guides: heat when a heat pack is at hand, then each area rolled or
 * worked for a minute or two and left, every piece of work followed by a movement or an
 * exercise, and a walk and stretches to end. NICE NG59 makes exercise the main long-term
 * treatment and massage only an extra beside it, so the exercises are part of the
 * session, not an afterthought. A long session gets a second set of the exercises, with
 * the gentle fingertips between them, never another round of rolling. When the safety
 * check rules out the tools or the knuckles, the fingertips stay and take their time.
 */
final class SelfRoutine implements Routine {

	/**
	 * The self-massage the fingertips stand in for when the safety check rules it out.
	 */
	private static final List<String> FIRMER_WORK = List.of("tennis-ball-roll", "tennis-ball-glutes",
			"foam-roller-roll", "wall-ball-roll", "self-hands-knuckles");

	@Override
	public List<Checklist> checklists(PlanContext context) {
		List<Checklist> lists = new ArrayList<>();
		lists.add(
				Checklists.of("room", context.words("plan.checklist.room.SELF"), List.of(context.item("setup-place"))));
		lists.add(Checklists.of("listen", context.words("plan.checklist.listen"),
				List.of(context.item("massage-can-and-cannot"))));
		return lists;
	}

	@Override
	public List<Slot> slots(PlanContext context) {
		List<Slot> slots = new ArrayList<>();
		if (context.request().has(Equipment.HEAT_PACK)) {
			context.add(slots, "setup-heat-before", Phase.HEAT, Side.BOTH, 2, false);
		}
		List<Slot> work = work(context);
		List<Slot> movement = movement(context);
		// each area worked, then a movement, so no area is rolled for long and the
		// muscles
		// just loosened are used straight away
		for (int i = 0; i < Math.max(work.size(), movement.size()); i++) {
			if (i < work.size()) {
				slots.add(work.get(i));
			}
			if (i < movement.size()) {
				slots.add(movement.get(i));
			}
		}
		noteTheGentleAlternative(context, slots);
		if (!context.request().soreSpots().isEmpty()) {
			context.note("plan.note.selfSoreSpots");
		}
		return slots;
	}

	/**
	 * The massage, one area at a time, in the order a person on a mat moves through it:
	 * the lower back and buttocks lying and sitting, then standing at the wall, then the
	 * hands. Of these only the fingertips, the gentlest, come round again.
	 */
	private static List<Slot> work(PlanContext context) {
		List<Slot> work = new ArrayList<>();
		for (String tool : List.of("tennis-ball-roll", "tennis-ball-glutes", "foam-roller-roll", "wall-ball-roll")) {
			// a fresh strain gets one tool at most: less work, and the one movement it
			// keeps
			// still comes between the tool and the hands
			if (!context.changes().shorterWork() || work.isEmpty()) {
				context.add(work, tool, Phase.TOOLS, Side.BOTH, tool.equals("tennis-ball-roll") ? 1 : 3, false);
			}
		}
		context.add(work, "self-hands-fingertips", Phase.HANDS_ON, Side.BOTH, 1, true);
		context.add(work, "self-hands-knuckles", Phase.HANDS_ON, Side.BOTH, 3, false);
		return work;
	}

	/**
	 * The exercises, from the gentlest: the pelvic tilt lying down, or standing when
	 * lying back or the floor is ruled out, then bridges, bird-dog and clams.
	 */
	private static List<Slot> movement(PlanContext context) {
		List<Slot> movement = new ArrayList<>();
		context.add(movement, "pelvic-tilt", Phase.STRETCH, Side.BOTH, 2, true);
		if (movement.isEmpty()) {
			context.add(movement, "pelvic-tilt-standing", Phase.STRETCH, Side.BOTH, 2, true);
		}
		if (context.changes().shorterWork()) {
			// a strain of the last few days: only the gentlest movement
			return movement;
		}
		context.add(movement, "glute-bridge", Phase.STRETCH, Side.BOTH, 2, true);
		context.add(movement, "bird-dog", Phase.STRETCH, Side.BOTH, 3, true);
		context.add(movement, "side-lying-clam", Phase.STRETCH, Side.BOTH, 4, true);
		return movement;
	}

	/**
	 * Rest and the stretches (the exercises came earlier), then a walk: the daily base
	 * the session ends on.
	 */
	@Override
	public List<Slot> aftercare(PlanContext context) {
		List<Slot> slots = new ArrayList<>();
		context.add(slots, "aftercare-rest", Phase.AFTERCARE, Side.BOTH, 1, false);
		context.add(slots, "knee-to-chest", Phase.STRETCH, Side.BOTH, 3, false);
		context.add(slots, "cat-cow", Phase.STRETCH, Side.BOTH, 3, false);
		context.add(slots, "seated-forward-bend", Phase.STRETCH, Side.BOTH, 4, false);
		if (!context.changes().shorterWork()) {
			// a fresh strain gets a shorter session; the notes send it walking between
			// sessions instead
			context.add(slots, "walking-daily", Phase.STRETCH, Side.BOTH, 2, false);
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
