package org.easeback.diary.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The page answer for ids the user does not own. */
final class Errors {

	private Errors() {
	}

	static ResponseStatusException pageNotFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
