package org.easeback.content;

import org.easeback.shared.Allergen;
import org.easeback.shared.TechniqueTag;

/** Rules one parsed item must follow, beyond each field being readable. */
final class ItemRules {

	private ItemRules() {
	}

	static void check(ContentItem item, RawItem raw) {
		if (item.sources().isEmpty() && raw.raw("sources") != null) {
			raw.problem("needs at least one source naming a listed article file");
		}
		item.contraindications()
			.stream()
			.filter(tag -> !SafetyQuestionIds.ALL.contains(tag))
			.forEach(tag -> raw.problem("unknown contraindication '" + tag + "' (use a SAFETY.md question id)"));
		if (item.kind().practice()) {
			practice(item, raw);
		}
		who(item, raw);
		if (item.kind() == Kind.REGION && item.regions().size() != 1) {
			raw.problem("a region item names exactly one region");
		}
		if (item.kind() != Kind.REGION && item.steps().isEmpty() && item.details().isEmpty()) {
			raw.problem("needs 'steps' or 'details'");
		}
		oil(item, raw);
		if (item.kind() == Kind.TECHNIQUE || item.kind() == Kind.SELF_MASSAGE || item.kind() == Kind.STRETCH) {
			StepWordRules.problems(item).forEach(raw::problem);
		}
	}

	private static void practice(ContentItem item, RawItem raw) {
		if (item.steps().isEmpty()) {
			raw.problem("missing required field 'steps'");
		}
		if (item.hands() == null) {
			raw.problem("missing required field 'hands'");
		}
		if (item.regions().isEmpty()
				&& !(raw.raw("regions") instanceof java.util.List<?> listed && !listed.isEmpty())) {
			// an unknown region was already reported; do not also call the list missing
			raw.problem("missing required field 'regions'");
		}
		if (item.timing() == null && raw.raw("timing") == null) {
			raw.problem("missing required field 'timing'");
		}
		item.regions()
			.stream()
			.filter(region -> region.isNoPressureZone())
			.forEach(region -> raw.problem("may not work on " + region + ": it is a no-pressure zone"));
	}

	private static void who(ContentItem item, RawItem raw) {
		boolean professional = item.who() == Who.PROFESSIONAL_ONLY;
		if (item.kind() == Kind.MODALITY != professional) {
			raw.problem("who is PROFESSIONAL_ONLY for modalities and only for them");
		}
		if (item.kind() == Kind.TECHNIQUE && item.who() != Who.PARTNER) {
			raw.problem("a technique is done by a PARTNER");
		}
		if (item.kind() == Kind.SELF_MASSAGE && item.who() != Who.SELF) {
			raw.problem("a self-massage is done by SELF");
		}
	}

	private static void oil(ContentItem item, RawItem raw) {
		if (item.oil() && (item.kind() != Kind.SETUP || !item.uses(Equipment.OIL))) {
			raw.problem("an oil is a SETUP item that lists the equipment OIL");
		}
		if (!item.oil() && !item.allergens().isEmpty()) {
			raw.problem("only oils list allergens");
		}
		if (item.oil() && item.tagged(TechniqueTag.ESSENTIAL_OIL) && !item.allergens().contains(Allergen.FRAGRANCE)) {
			raw.problem("an essential oil lists the allergen FRAGRANCE");
		}
	}

}
