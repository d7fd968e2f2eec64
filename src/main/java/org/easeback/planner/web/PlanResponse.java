package org.easeback.planner.web;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.easeback.planner.Plan;
import org.easeback.planner.StoredPlan;

/**
 * A saved plan as the API returns it: its id, the player's address, until when it is kept
 * if nobody uses it again ({@code expiresAt}: each use moves it) and the plan.
 */
record PlanResponse(UUID id, Instant createdAt, Instant expiresAt, String player, int totalSeconds,
		@JsonUnwrapped Plan plan) {

	static PlanResponse of(StoredPlan stored, Instant expiresAt) {
		return new PlanResponse(stored.id(), stored.createdAt(), expiresAt, "/sessions/" + stored.id(),
				stored.plan().totalSeconds(), stored.plan());
	}

}
