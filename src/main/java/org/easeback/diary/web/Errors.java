package org.easeback.diary.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.easeback.shared.InvalidInputException;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Form messages by field, and the page answer for ids the user does not own. */
final class Errors {

	private Errors() {
	}

	static Map<String, String> of(InvalidInputException ex) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.problems().forEach(p -> errors.putIfAbsent(p.field(), p.message()));
		return errors;
	}

	static ResponseStatusException pageNotFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
