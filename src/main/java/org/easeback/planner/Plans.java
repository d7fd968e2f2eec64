package org.easeback.planner;

import java.util.Optional;
import java.util.UUID;

/** Saved plans: the planner saves them, the guided player reads them. */
public interface Plans {

	/** Saves a new plan and returns it with its id. */
	StoredPlan save(Plan plan);

	/** The plan with this id, if there is one. Reading it does not count as a use. */
	Optional<StoredPlan> find(UUID id);

	/**
	 * The plan with this id, if it is still there, recorded as used: opening its link,
	 * reading it through the API and posting its events keep a plan from expiring
	 * ({@link PlanRetention}).
	 */
	Optional<StoredPlan> open(UUID id);

}
