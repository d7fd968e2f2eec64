package org.easeback.safety;

import java.util.Map;

import org.easeback.shared.Allergen;
import org.easeback.shared.Pressure;
import org.easeback.shared.Region;
import org.easeback.shared.TechniqueTag;

/** Plain words for the shared vocabulary, on the safety pages and in plans. */
public final class Labels {

	private static final Map<Region, String> REGIONS = Map.ofEntries(Map.entry(Region.SPINE, "the spine"),
			Map.entry(Region.LUMBAR_LEFT, "lower back, left of the spine"),
			Map.entry(Region.LUMBAR_RIGHT, "lower back, right of the spine"),
			Map.entry(Region.MID_BACK_LEFT, "middle back, left"),
			Map.entry(Region.MID_BACK_RIGHT, "middle back, right"),
			Map.entry(Region.UPPER_BACK, "upper back and shoulder blades"),
			Map.entry(Region.FLANK_LEFT, "left side of the waist"),
			Map.entry(Region.FLANK_RIGHT, "right side of the waist"),
			Map.entry(Region.ILIAC_CREST_LEFT, "top of the hip bone, left"),
			Map.entry(Region.ILIAC_CREST_RIGHT, "top of the hip bone, right"),
			Map.entry(Region.SACRUM, "the sacrum (flat bone at the base of the spine)"),
			Map.entry(Region.GLUTE_LEFT, "left buttock"), Map.entry(Region.GLUTE_RIGHT, "right buttock"));

	private static final Map<TechniqueTag, String> TECHNIQUES = Map.of(TechniqueTag.TRIGGER_POINT,
			"No firm thumb pressure held on one spot (trigger points).", TechniqueTag.KNUCKLES, "No knuckles or fists.",
			TechniqueTag.FIRM_NEAR_BONE, "No firm pressure near bone.", TechniqueTag.SACRUM_PRESSURE,
			"No pressure on the sacrum.", TechniqueTag.FACE_DOWN, "Lie on the side, not face down.",
			TechniqueTag.SKIN_PINCHING, "No pinching or lifting the skin.", TechniqueTag.TOOL_PRESSURE,
			"No balls, rollers or wall work.", TechniqueTag.HEAT, "No heat packs.", TechniqueTag.ESSENTIAL_OIL,
			"No essential oils.");

	private static final Map<Allergen, String> ALLERGENS = Map.of(Allergen.TREE_NUT, "tree nuts (including almond)",
			Allergen.COCONUT, "coconut", Allergen.FRAGRANCE, "fragrance and essential oils", Allergen.LATEX, "latex");

	private Labels() {
	}

	public static String region(Region region) {
		return REGIONS.getOrDefault(region, region.name());
	}

	public static String technique(TechniqueTag tag) {
		return TECHNIQUES.getOrDefault(tag, "No " + tag.name().toLowerCase().replace('_', ' ') + ".");
	}

	public static String allergen(Allergen allergen) {
		return ALLERGENS.getOrDefault(allergen, allergen.name());
	}

	public static String pressure(Pressure pressure) {
		return switch (pressure) {
			case LIGHT -> "Light pressure only.";
			case MEDIUM -> "Medium pressure at most.";
			case FIRM -> "Pressure as liked.";
		};
	}

	public static String episode(EpisodeClassification classification) {
		return switch (classification) {
			case ACUTE -> "recent (acute)";
			case SUBACUTE -> "settling in (subacute)";
			case CHRONIC -> "long-lasting (chronic)";
		};
	}

}
