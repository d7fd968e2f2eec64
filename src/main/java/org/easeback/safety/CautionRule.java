package org.easeback.safety;

import java.util.Objects;
import java.util.Optional;

/**
 * A caution that needs nothing but a "yes" to its question: the massage goes ahead with
 * the changes given here, and the finding names the reason and source.
 */
record CautionRule(Question question, String reason, String source, PlanChanges changes) implements SafetyRule {

	CautionRule {
		if (question.outcome() != Outcome.CAUTION) {
			throw new IllegalArgumentException(question.id() + " is not a caution");
		}
		Objects.requireNonNull(changes, "changes");
	}

	@Override
	public String id() {
		return this.question.id();
	}

	@Override
	public Optional<Finding> evaluate(CheckContext context) {
		if (!context.yes(this.question)) {
			return Optional.empty();
		}
		return Optional.of(Finding.caution(id(), this.reason, this.source, this.changes));
	}

}
