package org.easeback.account.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.easeback.shared.InvalidInputException;

/** Field messages of an invalid form, by field name, for the templates. */
final class FormErrors {

	private FormErrors() {
	}

	static Map<String, String> of(InvalidInputException ex) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.problems().forEach(p -> errors.putIfAbsent(p.field(), p.message()));
		return errors;
	}

}
