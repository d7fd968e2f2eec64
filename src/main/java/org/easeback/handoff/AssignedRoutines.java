package org.easeback.handoff;

import java.util.List;

/**
 * Where the home routines assigned to a client come from. The therapist module implements
 * it, so the hand-off page and the planner can show them without depending on it.
 */
public interface AssignedRoutines {

	/** The routines assigned to {@code client}, newest first. */
	List<AssignedRoutine> forClient(String client);

}
