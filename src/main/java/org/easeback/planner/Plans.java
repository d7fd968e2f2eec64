package org.easeback.planner;

import java.util.Optional;
import java.util.UUID;

/** Saved plans: the planner saves them, the guided player reads them. */
public interface Plans {

	/** Saves a new plan and returns it with its id. */
	StoredPlan save(Plan plan);

	/** The plan with this id, if there is one. */
	Optional<StoredPlan> find(UUID id);

}
