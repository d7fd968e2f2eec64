package org.easeback.planner;

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
		return switch (this) {
			case BOTH -> regions;
			case LEFT -> regions.stream().filter(r -> !r.name().endsWith("_RIGHT")).toList();
			case RIGHT -> regions.stream().filter(r -> !r.name().endsWith("_LEFT")).toList();
		};
	}

}
