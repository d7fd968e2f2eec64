package org.easeback.planner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.easeback.content.ContentItem;
import org.easeback.content.ContentLibrary;
import org.easeback.content.Equipment;
import org.easeback.safety.Position;
import org.easeback.shared.TechniqueTag;

/**
 * The preparation before a partner massage: room, surface, position, draping, your hands.
 */
final class PartnerChecklists {

	private final PlanContext context;

	PartnerChecklists(PlanContext context) {
		this.context = context;
	}

	/**
	 * The checklists depend only on the content and three choices, so each variant is
	 * built once per library (at most twelve) instead of once per plan.
	 */
	private static final Map<Variant, List<Checklist>> BUILT = new ConcurrentHashMap<>();

	private record Variant(ContentLibrary library, boolean sideLying, String surfaceId, boolean oil) {
	}

	List<Checklist> all() {
		Variant variant = new Variant(this.context.library(), this.context.changes().position() == Position.SIDE_LYING,
				surface().id(), this.context.request().has(Equipment.OIL));
		return BUILT.computeIfAbsent(variant, v -> build());
	}

	private List<Checklist> build() {
		List<Checklist> lists = new ArrayList<>();
		lists.add(Checklists.of("room", "Prepare the room", List.of(item("setup-place"))));
		lists.add(Checklists.of("surface", "The surface", List.of(surface())));
		boolean sideLying = this.context.changes().position() == Position.SIDE_LYING;
		lists.add(Checklists.of("position", sideLying ? "Position: lying on one side" : "Position: face down",
				List.of(item(sideLying ? "setup-side-lying" : "setup-positioning"))));
		lists.add(Checklists.of("draping", "Clothing and towels",
				List.of(item("setup-clothing"), item("setup-draping"))));
		if (this.context.request().has(Equipment.OIL)) {
			lists.add(Checklists.of("oil", "Warm the oil", List.of(item("setup-warm-oil"))));
		}
		lists.add(Checklists.of("giver", "Your stance and how to talk",
				List.of(item("giver-body-use"), item("communication"))));
		return List.copyOf(lists);
	}

	/**
	 * The table or bed at hand, else the floor; a bed or couch when the safety check
	 * rules out floor work, since nearly every home has one.
	 */
	private ContentItem surface() {
		if (this.context.request().has(Equipment.TABLE)) {
			return item("setup-surface-table");
		}
		if (this.context.request().has(Equipment.BED) || !this.context.eligibility().permits(TechniqueTag.FLOOR)) {
			return item("setup-surface-bed");
		}
		return item("setup-surface-floor");
	}

	private ContentItem item(String id) {
		return this.context.item(id);
	}

}
