package org.easeback.account.web;

import org.easeback.shared.InvalidInputException;

import org.springframework.validation.BindingResult;

/** Puts the account's refusals next to the fields of the form that was sent. */
final class FormErrors {

	private FormErrors() {
	}

	/**
	 * Each problem as an error of its field. The rules word their messages from
	 * messages.properties already, so the text is used as it is.
	 */
	static void reject(BindingResult binding, InvalidInputException ex) {
		ex.problems().forEach(p -> {
			if (!binding.hasFieldErrors(p.field())) {
				binding.rejectValue(p.field(), "account.refused", p.message());
			}
		});
	}

}
