package org.easeback.handoff;

import java.time.Instant;

/**
 * A stretch or self-massage item a therapist asked a client to do at home.
 *
 * @param id the assignment's id
 * @param therapist who assigned it
 * @param itemId the library item (a stretch or self-massage)
 * @param itemName its name
 * @param howOften how often, in the therapist's words ("twice a day")
 * @param assignedAt when
 */
public record AssignedRoutine(long id, String therapist, String itemId, String itemName, String howOften,
		Instant assignedAt) {

}
