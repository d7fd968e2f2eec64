package org.easeback.session;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Published when a guided session ends, completed or stopped. The diary records it for
 * the signed-in user it names; anonymous sessions ({@code username} null) are not kept.
 *
 * @param planId the plan that was followed
 * @param username the signed-in user who ran it, or {@code null} when anonymous
 * @param mode {@code PARTNER}, {@code SELF} or {@code THERAPIST_VISIT}
 * @param minutes the planned length in minutes
 * @param techniqueIds content ids of the techniques, methods and stretches in the plan
 * @param painBefore pain 0-10 before the session, when given
 * @param painAfter pain 0-10 after the session, when completed and given
 * @param stopped true when the Stop button ended the session
 * @param stopPain pain 0-10 reported with the stop, when stopped
 * @param sharp whether the pain at the stop was sharp or shooting, when stopped
 * @param feedback the pressure feedback given, in order ({@code LIGHTER}, {@code GOOD},
 * {@code FIRMER})
 * @param finishedAt when it ended
 */
public record SessionFinished(UUID planId, String username, String mode, int minutes, List<String> techniqueIds,
		Integer painBefore, Integer painAfter, boolean stopped, Integer stopPain, Boolean sharp, List<String> feedback,
		Instant finishedAt) {

	public SessionFinished {
		Objects.requireNonNull(planId, "planId");
		Objects.requireNonNull(mode, "mode");
		Objects.requireNonNull(finishedAt, "finishedAt");
		techniqueIds = List.copyOf(techniqueIds);
		feedback = List.copyOf(feedback);
	}

}
