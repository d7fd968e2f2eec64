package org.easeback.diary.web;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.easeback.shared.Region;

/**
 * The diary's short names of the body map's areas, "lumbar left" for
 * {@link Region#LUMBAR_LEFT}: in the timeline and next to the entry form's intensities.
 * Made once, not on every view.
 */
final class AreaLabels {

	private static final Map<Region, String> LABELS = new EnumMap<>(Region.class);

	static {
		for (Region region : Region.values()) {
			LABELS.put(region, region.name().toLowerCase(Locale.ROOT).replace('_', ' '));
		}
	}

	private AreaLabels() {
	}

	static String of(Region region) {
		return LABELS.get(region);
	}

}
