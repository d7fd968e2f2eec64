package org.easeback.safety;

import java.util.Optional;

import org.easeback.shared.Allergen;

/**
 * Allergies: no oil or material the person is allergic to (almond is a tree nut), no
 * essential oils with a fragrance allergy, and a "check the label" note for anything
 * written in the person's own words.
 */
final class AllergyRule {

	static final SafetyRule RULE = new NamedRule("allergies", AllergyRule::allergies);

	static final String SOURCE = "001_6cbba744d3dc619a.txt; NCCIH massage safety";

	private AllergyRule() {
	}

	static Optional<Finding> allergies(SafetyRule.CheckContext context) {
		Allergies allergies = context.answers().allergies();
		if (allergies.isEmpty()) {
			return Optional.empty();
		}
		PlanChanges changes = PlanChanges.NONE.forbiddingAllergens(allergies.known(), allergies.other());
		if (allergies.known().contains(Allergen.TREE_NUT)) {
			changes = changes.withAdvice("No almond oil or other nut oils.");
		}
		if (allergies.known().contains(Allergen.COCONUT)) {
			changes = changes.withAdvice("No coconut oil.");
		}
		if (allergies.known().contains(Allergen.FRAGRANCE)) {
			changes = changes.withAdvice("No essential oils and nothing scented: use a plain, unscented oil.");
		}
		if (allergies.known().contains(Allergen.LATEX)) {
			changes = changes.withAdvice("No latex gloves. Tennis balls and some rollers contain rubber: cover them "
					+ "with a cloth or use latex-free ones.");
		}
		if (!allergies.other().isEmpty()) {
			changes = changes
				.withAdvice("Check the label of any oil or lotion for: " + String.join(", ", allergies.other()) + ".");
		}
		return Optional.of(Finding.caution("allergies",
				"Only oils and materials you are not allergic to are suggested.", SOURCE, changes));
	}

}
