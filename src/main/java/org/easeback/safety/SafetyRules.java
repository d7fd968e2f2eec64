package org.easeback.safety;

import java.util.ArrayList;
import java.util.List;

/**
 * The one list of every rule of the safety check, in the order the findings are reported.
 */
public final class SafetyRules {

	private SafetyRules() {
	}

	/** Every rule of SAFETY.md: red flags, cautions, combinations and allergies. */
	public static List<SafetyRule> standard() {
		List<SafetyRule> rules = new ArrayList<>(RedFlagRules.ALL);
		rules.addAll(CombinationRules.ALL);
		rules.addAll(CautionRules.ALL);
		rules.add(AllergyRule.RULE);
		return List.copyOf(rules);
	}

}
