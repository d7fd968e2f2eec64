package org.easeback.safety;

import org.easeback.shared.Allergen;
import org.easeback.shared.Region;

/**
 * The message keys of the plain words for the shared vocabulary, on the safety pages and
 * in plans; the words themselves are in {@code messages.properties}.
 */
public final class Labels {

	private Labels() {
	}

	public static String region(Region region) {
		return "safety.region." + region.name();
	}

	public static String allergen(Allergen allergen) {
		return "safety.allergen." + allergen.name();
	}

	public static String episode(EpisodeClassification classification) {
		return "safety.episode." + classification.name();
	}

}
