package org.easeback.safety;

import java.util.Objects;

/**
 * What one rule found: which rule, the outcome it calls for, why in plain words, where
 * the rule comes from, and the plan changes it asks for (only a {@link Outcome#CAUTION}
 * asks for changes).
 *
 * @param ruleId the stable id of the rule, for example {@code blood_thinners}
 * @param outcome the outcome this finding calls for
 * @param reason why, in words the person understands
 * @param source the guideline or article behind the rule, for example {@code NICE NG59}
 * @param changes the changes this finding imposes on a plan
 */
public record Finding(String ruleId, Outcome outcome, String reason, String source, PlanChanges changes) {

	public Finding {
		requireText(ruleId, "ruleId");
		Objects.requireNonNull(outcome, "outcome");
		requireText(reason, "reason");
		requireText(source, "source");
		Objects.requireNonNull(changes, "changes");
		if (outcome == Outcome.CLEAR) {
			throw new IllegalArgumentException("a finding is never CLEAR: a rule that finds nothing returns nothing");
		}
	}

	/** A finding that asks for no plan changes. */
	public static Finding of(String ruleId, Outcome outcome, String reason, String source) {
		return new Finding(ruleId, outcome, reason, source, PlanChanges.NONE);
	}

	/** A {@link Outcome#CAUTION} finding with its changes. */
	public static Finding caution(String ruleId, String reason, String source, PlanChanges changes) {
		return new Finding(ruleId, Outcome.CAUTION, reason, source, changes);
	}

	private static void requireText(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
	}

}
