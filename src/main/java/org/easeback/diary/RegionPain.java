package org.easeback.diary;

import java.util.Objects;

import org.easeback.shared.Region;

/**
 * Pain in one area of the body map.
 *
 * @param region the area
 * @param intensity its own pain score 0-10
 */
public record RegionPain(Region region, PainScore intensity) {

	public RegionPain {
		Objects.requireNonNull(region, "region");
		Objects.requireNonNull(intensity, "intensity");
	}

}
