package org.easeback.therapist.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.easeback.shared.InvalidInputException;

/**
 * The home-routine form as sent (therapist/client.html), so that a rejected assignment is
 * shown again with the chosen item, what was typed and each message at its field.
 *
 * @param itemId the chosen stretch or self-massage
 * @param howOften how often, in words
 * @param errors the messages by field name; empty before anything was sent
 */
public record RoutineForm(String itemId, String howOften, Map<String, String> errors) {

	/** The form before anything was sent. */
	static final RoutineForm EMPTY = new RoutineForm(null, null, Map.of());

	public RoutineForm {
		errors = Map.copyOf(errors);
	}

	/** The same form with the messages of a rejection (the first for each field wins). */
	RoutineForm rejectedWith(InvalidInputException ex) {
		Map<String, String> messages = new LinkedHashMap<>();
		ex.problems().forEach((p) -> messages.putIfAbsent(p.field(), p.message()));
		return new RoutineForm(this.itemId, this.howOften, messages);
	}

}
