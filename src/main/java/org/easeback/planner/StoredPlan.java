package org.easeback.planner;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A plan as it was saved, with the id its link uses.
 *
 * @param id the plan's id
 * @param createdAt when it was built
 * @param plan the plan
 */
public record StoredPlan(UUID id, Instant createdAt, Plan plan) {

	public StoredPlan {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(createdAt, "createdAt");
		Objects.requireNonNull(plan, "plan");
	}

}
