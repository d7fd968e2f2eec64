package org.easeback.planner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.easeback.content.ContentItem;
import org.easeback.content.Who;
import org.easeback.safety.PlanChanges;
import org.easeback.safety.Position;
import org.easeback.shared.Region;
import org.easeback.shared.TechniqueTag;

/**
 * Decides whether a content item may be part of this plan and on which areas. Every
 * safety rule of a plan that concerns the choice of technique lives here: never a
 * professional-only item, never a technique a yes answer rules out, never a forbidden
 * technique tag, never the spine, never an excluded or avoided area.
 */
final class Eligibility {

	private final PlanRequest request;

	private final PlanChanges changes;

	private final Set<String> yesAnswers;

	private final Set<Region> offLimits;

	/**
	 * {@link #whyNot} per item for this plan: routines ask it for every candidate, and
	 * again for sore spots and notes. By identity, since an item's own hash code walks
	 * every list inside it.
	 */
	private final Map<ContentItem, Optional<Exclusion>> verdicts = new IdentityHashMap<>();

	Eligibility(PlanRequest request, PlanChanges changes, Set<String> yesAnswers) {
		this.request = request;
		this.changes = changes;
		this.yesAnswers = Set.copyOf(yesAnswers);
		Set<Region> off = EnumSet.of(Region.SPINE);
		off.addAll(request.avoidRegions());
		off.addAll(changes.excludedRegions());
		this.offLimits = Collections.unmodifiableSet(off);
	}

	/** Why the item cannot be used at all, or empty when it can. */
	Optional<Exclusion> whyNot(ContentItem item) {
		Optional<Exclusion> verdict = this.verdicts.get(item);
		if (verdict == null) {
			verdict = judge(item);
			this.verdicts.put(item, verdict);
		}
		return verdict;
	}

	private Optional<Exclusion> judge(ContentItem item) {
		if (item.who() == Who.PROFESSIONAL_ONLY) {
			return Optional.of(new Exclusion.ProfessionalOnly());
		}
		for (String answer : item.contraindications()) {
			if (this.yesAnswers.contains(answer)) {
				return Optional.of(new Exclusion.RuledOutByAnswer());
			}
		}
		for (TechniqueTag tag : item.tags()) {
			if (!permits(tag)) {
				return Optional.of(new Exclusion.ForbiddenTechnique(tag));
			}
		}
		if (!this.request.equipment().containsAll(item.equipment())) {
			return Optional.of(new Exclusion.MissingEquipment());
		}
		return Optional.empty();
	}

	/** The areas of the item this plan may work on, for one side. */
	List<Region> regions(ContentItem item, Side side) {
		List<Region> allowed = new ArrayList<>();
		for (Region region : side.of(item.regions())) {
			if (!this.offLimits.contains(region) && !region.isNoPressureZone()) {
				allowed.add(region);
			}
		}
		return allowed;
	}

	/** A slot for the item when it is eligible and has an area left to work on. */
	Optional<Slot> slot(ContentItem item, Phase phase, Side side, int priority, boolean repeatable) {
		if (whyNot(item).isPresent()) {
			return Optional.empty();
		}
		List<Region> regions = regions(item, side);
		if (regions.isEmpty() && !item.regions().isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Slot(item, phase, side, regions, priority, repeatable, Slot.Suffix.NONE));
	}

	boolean offLimits(Region region) {
		return this.offLimits.contains(region);
	}

	/**
	 * Face-down is a position, not a stroke: when the safety check asks for side-lying
	 * the same strokes are given with the receiver on their side, so the tag alone does
	 * not rule a technique out.
	 */
	boolean permits(TechniqueTag tag) {
		if (tag == TechniqueTag.FACE_DOWN && this.changes.position() == Position.SIDE_LYING) {
			return true;
		}
		return this.changes.permits(tag);
	}

}
