package org.easeback.planner;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.easeback.content.ContentItem;
import org.easeback.content.Equipment;
import org.easeback.safety.Position;
import org.easeback.shared.Region;
import org.easeback.shared.TechniqueTag;

/**
 * A massage for someone else, in the articles' order: warm-up glides, one side, the other
 * side, both sides, the sore spots, finishing strokes, then aftercare.
 */
final class PartnerRoutine implements Routine {

	/** Techniques worked one side at a time, most important first. */
	private static final List<String> SIDE_WORK = List.of("petrissage-kneading", "thumbs-outward-from-spine",
			"stacked-palm-circles", "thumb-slide-beside-spine", "fingertip-pull-to-hips");

	private static final int[] SIDE_PRIORITY = { 1, 2, 3, 3, 4 };

	/**
	 * Techniques for both sides together; the knuckles glide down both sides at once, a
	 * fist each side of the spine, so they belong here rather than to one side.
	 */
	private static final List<String> BOTH_WORK = List.of("splayed-finger-slide", "friction-circles", "hugging-strokes",
			"knuckle-glide", "glute-palm-circles", "skin-pinch-lift", "iliac-crest-trace", "sacrum-flat-palm");

	private static final int[] BOTH_PRIORITY = { 2, 3, 4, 4, 4, 5, 5, 5 };

	private static final int MAX_SORE_SPOTS = 4;

	/** For a sore spot: the first of these that reaches it and is allowed. */
	private static final List<String> SORE_SPOT_WORK = List.of("trigger-point-circles", "friction-circles",
			"stacked-palm-circles", "glute-palm-circles", "petrissage-kneading", "upper-back-warm-up",
			"effleurage-glide");

	@Override
	public List<Checklist> checklists(PlanContext context) {
		if (!context.request().has(Equipment.TABLE) && !context.request().has(Equipment.BED)
				&& !context.eligibility().permits(TechniqueTag.FLOOR)) {
			context.note("plan.note.noFloor");
		}
		return new PartnerChecklists(context).all();
	}

	@Override
	public List<Slot> slots(PlanContext context) {
		List<Slot> slots = new ArrayList<>();
		if (context.request().has(Equipment.HEAT_PACK)) {
			context.add(slots, "setup-heat-before", Phase.HEAT, Side.BOTH, 4, false);
		}
		context.add(slots, "upper-back-warm-up", Phase.WARM_UP, Side.BOTH, 4, false);
		context.add(slots, "effleurage-glide", Phase.WARM_UP, Side.BOTH, 1, false);
		for (Side side : List.of(Side.LEFT, Side.RIGHT)) {
			Phase phase = side == Side.LEFT ? Phase.ONE_SIDE : Phase.OTHER_SIDE;
			for (int i = 0; i < SIDE_WORK.size(); i++) {
				context.add(slots, SIDE_WORK.get(i), phase, side, SIDE_PRIORITY[i], true);
			}
		}
		for (int i = 0; i < BOTH_WORK.size(); i++) {
			context.add(slots, BOTH_WORK.get(i), Phase.BOTH_SIDES, Side.BOTH, BOTH_PRIORITY[i], true);
		}
		slots.addAll(soreSpots(context));
		context.add(slots, "closing-rock", Phase.FINISH, Side.BOTH, 2, false);
		context.add(slots, "finishing-downward-strokes", Phase.FINISH, Side.BOTH, 1, false);
		if (context.changes().position() == Position.SIDE_LYING) {
			context.note("plan.note.sideLying");
		}
		return slots;
	}

	/**
	 * One step per sore spot: trigger-point circles where that is allowed, otherwise the
	 * gentlest allowed technique that reaches the area. The spine itself becomes the
	 * muscles beside it.
	 */
	private List<Slot> soreSpots(PlanContext context) {
		Set<Region> spots = new LinkedHashSet<>();
		for (Region region : EnumSet.copyOf(withDefault(context.request().soreSpots()))) {
			if (region == Region.SPINE) {
				context.note("plan.note.spineSore");
				List.of(Region.LUMBAR_LEFT, Region.LUMBAR_RIGHT)
					.stream()
					.filter(beside -> !context.eligibility().offLimits(beside))
					.forEach(spots::add);
			}
			else if (context.eligibility().offLimits(region)) {
				context.note("plan.note.soreSpotAvoided");
			}
			else {
				spots.add(region);
			}
		}
		List<Slot> slots = new ArrayList<>();
		for (Region spot : spots.stream().limit(MAX_SORE_SPOTS).toList()) {
			soreSpotSlot(context, spot).ifPresent(slots::add);
		}
		return slots;
	}

	private static Set<Region> withDefault(Set<Region> spots) {
		return spots.isEmpty() ? EnumSet.noneOf(Region.class) : spots;
	}

	private static java.util.Optional<Slot> soreSpotSlot(PlanContext context, Region spot) {
		for (String id : SORE_SPOT_WORK) {
			ContentItem item = context.item(id);
			if (item.targets(spot) && context.eligibility().whyNot(item).isEmpty()) {
				return java.util.Optional.of(new Slot(item, Phase.SORE_SPOTS, Side.BOTH, List.of(spot), 2, true,
						Slot.Suffix.soreSpot(spot)));
			}
		}
		return java.util.Optional.empty();
	}

}
