package org.easeback.planner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.easeback.shared.Region;

/** Which side of the back a step works on. */
enum Side {

	LEFT, RIGHT, BOTH;

	private static final Set<Region> LEFT_REGIONS = named("_LEFT");

	private static final Set<Region> RIGHT_REGIONS = named("_RIGHT");

	private static Set<Region> named(String ending) {
		Set<Region> regions = EnumSet.noneOf(Region.class);
		for (Region region : Region.values()) {
			if (region.name().endsWith(ending)) {
				regions.add(region);
			}
		}
		return Collections.unmodifiableSet(regions);
	}

	/**
	 * The regions of this side among the given ones; areas without a side always stay.
	 */
	List<Region> of(List<Region> regions) {
		if (this == BOTH) {
			return regions;
		}
		Set<Region> otherSide = (this == LEFT) ? RIGHT_REGIONS : LEFT_REGIONS;
		List<Region> kept = new ArrayList<>(regions.size());
		for (Region region : regions) {
			if (!otherSide.contains(region)) {
				kept.add(region);
			}
		}
		return kept;
	}

}
