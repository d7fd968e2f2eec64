package org.easeback.planner;

import java.util.List;
import java.util.Objects;

import org.easeback.content.ContentItem;
import org.easeback.content.Span;
import org.easeback.shared.Region;

/**
 * A place in a routine for one content item, before timing: the item, its phase, its
 * side, the regions left after exclusions, and how important it is when time is short (1
 * = keep longest).
 */
record Slot(ContentItem item, Phase phase, Side side, List<Region> regions, int priority, boolean repeatable,
		String titleSuffix) {

	Slot {
		Objects.requireNonNull(item, "item");
		Objects.requireNonNull(phase, "phase");
		Objects.requireNonNull(side, "side");
		regions = List.copyOf(regions);
		titleSuffix = titleSuffix == null ? "" : titleSuffix;
	}

	/**
	 * The seconds the content allows for this item; an untimed item (the therapist's own
	 * massage during a visit) takes whatever time is left.
	 */
	Span span() {
		return this.item.timing() == null ? Span.between(60, SessionMinutes.MAX * 60) : this.item.timing().seconds();
	}

	/** The same slot in a later round of the routine. */
	Slot inRound(int round) {
		return new Slot(this.item, this.phase, this.side, this.regions, this.priority, false, " (round " + round + ")");
	}

}
