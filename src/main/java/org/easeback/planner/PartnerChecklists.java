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
import org.easeback.shared.Words;

/**
 * The preparation before a partner massage: room, surface, position, draping, your hands.
 */
final class PartnerChecklists {

	private final PlanContext context;

	PartnerChecklists(PlanContext context) {
		this.context = context;
	}

	/**
	 * The checklists depend only on the content, the language and three choices, so each
	 * variant is built once per library and language instead of once per plan.
	 */
	private static final Map<Variant, List<Checklist>> BUILT = new ConcurrentHashMap<>();

	private record Variant(ContentLibrary library, Words words, boolean sideLying, String surfaceId, boolean oil) {
	}

	List<Checklist> all() {
		Variant variant = new Variant(this.context.library(), this.context.language(),
				this.context.changes().position() == Position.SIDE_LYING, surface().id(),
				this.context.request().has(Equipment.OIL));
		return BUILT.computeIfAbsent(variant, v -> build());
	}

	private List<Checklist> build() {
		List<Checklist> lists = new ArrayList<>();
		lists.add(Checklists.of("room", words("plan.checklist.room.PARTNER"), List.of(item("setup-place"))));
		lists.add(Checklists.of("surface", words("plan.checklist.surface"), List.of(surface())));
		boolean sideLying = this.context.changes().position() == Position.SIDE_LYING;
		lists.add(Checklists.of("position",
				words(sideLying ? "plan.checklist.position.SIDE_LYING" : "plan.checklist.position.FACE_DOWN"),
				List.of(item(sideLying ? "setup-side-lying" : "setup-positioning"))));
		lists.add(Checklists.of("draping", words("plan.checklist.draping"),
				List.of(item("setup-clothing"), item("setup-draping"))));
		if (this.context.request().has(Equipment.OIL)) {
			lists.add(Checklists.of("oil", words("plan.checklist.oil"), List.of(item("setup-warm-oil"))));
		}
		lists.add(Checklists.of("giver", words("plan.checklist.giver"),
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

	private String words(String key) {
		return this.context.words(key);
	}

	private ContentItem item(String id) {
		return this.context.item(id);
	}

}
