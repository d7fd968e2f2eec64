package org.easeback.planner;

import java.util.ArrayList;
import java.util.List;

import org.easeback.shared.Region;

/** Which side of the back a step works on. */
enum Side {

	LEFT(" — left side"), RIGHT(" — right side"), BOTH("");

	private final String suffix;

	Side(String suffix) {
		this.suffix = suffix;
	}

	String suffix() {
		return this.suffix;
	}

	/**
	 * The regions of this side among the given ones; areas without a side always stay.
	 */
	List<Region> of(List<Region> regions) {
		if (this == BOTH) {
			return regions;
		}
		String otherSide = (this == LEFT) ? "_RIGHT" : "_LEFT";
		List<Region> kept = new ArrayList<>(regions.size());
		for (Region region : regions) {
			if (!region.name().endsWith(otherSide)) {
				kept.add(region);
			}
		}
		return kept;
	}

}
