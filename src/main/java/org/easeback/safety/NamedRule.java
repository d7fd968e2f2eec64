package org.easeback.safety;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** A rule made of an id and a named function, so each rule reads as one small method. */
record NamedRule(String id, Function<SafetyRule.CheckContext, Optional<Finding>> function) implements SafetyRule {

	NamedRule {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(function, "function");
	}

	@Override
	public Optional<Finding> evaluate(CheckContext context) {
		return this.function.apply(context);
	}

	@Override
	public String toString() {
		return "rule " + this.id;
	}

}
