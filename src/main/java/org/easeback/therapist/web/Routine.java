package org.easeback.therapist.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.easeback.therapist.HomeRoutines;

/**
 * A home routine item to assign: the client page's form and the API's body. Which items
 * may be assigned is the library's to say, so the routines check the id.
 *
 * @param itemId the chosen stretch or self-massage
 * @param howOften how often, in words
 */
record Routine(String itemId,
		@NotBlank(message = "{therapist.routine.howOften.blank}") @Size(max = HomeRoutines.MAX_HOW_OFTEN,
				message = "{therapist.routine.howOften.size}") String howOften) {

	/** The form before anything was chosen. */
	static final Routine EMPTY = new Routine(null, null);

}
