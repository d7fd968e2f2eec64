package org.easeback.planner;

import java.util.List;
import java.util.Objects;

import org.easeback.content.ContentItem;
import org.easeback.content.Span;
import org.easeback.shared.Region;

/**
 * A place in a routine for one content item, before timing: the item, its phase, its
 * side, the regions left after exclusions, how important it is when time is short (1 =
 * keep longest), and what its title adds to the item's name.
 */
record Slot(ContentItem item, Phase phase, Side side, List<Region> regions, int priority, boolean repeatable,
		Suffix suffix) {

	Slot {
		Objects.requireNonNull(item, "item");
		Objects.requireNonNull(phase, "phase");
		Objects.requireNonNull(side, "side");
		regions = List.copyOf(regions);
		suffix = suffix == null ? Suffix.NONE : suffix;
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
		return new Slot(this.item, this.phase, this.side, this.regions, this.priority, false,
				new Suffix(round, this.suffix.soreSpot()));
	}

	/**
	 * What a step's title adds to the item's name: the round after the first, the sore
	 * spot it works on; compared by value, so equal suffixes mark one round.
	 *
	 * @param round the round, 1 for the first
	 * @param soreSpot the sore spot the step is for, or {@code null}
	 */
	record Suffix(int round, Region soreSpot) {

		static final Suffix NONE = new Suffix(1, null);

		static Suffix soreSpot(Region spot) {
			return new Suffix(1, spot);
		}

		boolean isEmpty() {
			return equals(NONE);
		}

	}

}
