package org.easeback.diary;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A guided session as the diary keeps it.
 *
 * @param id its id
 * @param planId the plan that was followed
 * @param mode {@code PARTNER}, {@code SELF} or {@code THERAPIST_VISIT}
 * @param minutes planned length
 * @param techniqueIds content ids of what the plan contained
 * @param painBefore pain before, when given
 * @param painAfter pain after, when given
 * @param stopped whether the Stop button ended it
 * @param stopPain pain given with the stop
 * @param sharp whether the pain at the stop was sharp
 * @param feedback pressure feedback in order
 * @param finishedAt when it ended
 */
public record GuidedSession(long id, UUID planId, String mode, int minutes, List<String> techniqueIds,
		Integer painBefore, Integer painAfter, boolean stopped, Integer stopPain, Boolean sharp, List<String> feedback,
		Instant finishedAt) {

	public GuidedSession {
		techniqueIds = List.copyOf(techniqueIds);
		feedback = List.copyOf(feedback);
	}

	/** Pain after minus pain before, when both were given; negative means less pain. */
	public Integer change() {
		return (this.painBefore == null || this.painAfter == null) ? null : this.painAfter - this.painBefore;
	}

}
