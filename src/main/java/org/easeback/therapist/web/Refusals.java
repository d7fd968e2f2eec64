package org.easeback.therapist.web;

import org.easeback.shared.InvalidInputException;

import org.springframework.validation.BindingResult;

/**
 * Puts the rules' refusals next to the fields of the form that was sent. Each is an error
 * with the code {@code therapist.refused}, so messages.properties words it for the page
 * ({@code therapist.refused.itemId}); the rule's own words, which the API gives, are the
 * fallback.
 */
final class Refusals {

	private Refusals() {
	}

	static void reject(BindingResult binding, InvalidInputException ex) {
		ex.problems().forEach((p) -> {
			if (!binding.hasFieldErrors(p.field())) {
				binding.rejectValue(p.field(), "therapist.refused", p.message());
			}
		});
	}

}
