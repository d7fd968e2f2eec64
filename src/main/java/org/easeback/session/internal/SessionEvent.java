package org.easeback.session.internal;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One event of a guided session as stored.
 *
 * @param id the event's id
 * @param planId the plan being followed
 * @param createdAt when it happened
 * @param type what happened
 * @param stepIndex the step it happened at, when it matters
 * @param feedback the pressure feedback, for {@link EventType#FEEDBACK}
 * @param pain pain 0-10: before (STARTED), at the stop (STOPPED) or after (COMPLETED)
 * @param sharp whether the pain at a stop was sharp or shooting
 * @param username the signed-in user, or {@code null}
 */
public record SessionEvent(UUID id, UUID planId, Instant createdAt, EventType type, Integer stepIndex,
		PressureFeedback feedback, Integer pain, Boolean sharp, String username) {

	public SessionEvent {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(planId, "planId");
		Objects.requireNonNull(createdAt, "createdAt");
		Objects.requireNonNull(type, "type");
		if (pain != null && (pain < 0 || pain > 10)) {
			throw new IllegalArgumentException("pain is 0 to 10");
		}
	}

}
