package org.easeback.session.internal;

/**
 * An event as the player sends it, before it is checked against the plan.
 *
 * @param type what happened
 * @param stepIndex the step, for STEP_DONE, FEEDBACK and STOPPED
 * @param feedback for FEEDBACK
 * @param pain pain 0-10: at the stop for STOPPED
 * @param sharp for STOPPED: sharp or shooting pain
 * @param painBefore for STARTED, optional
 * @param painAfter for COMPLETED, optional
 */
public record EventCommand(EventType type, Integer stepIndex, PressureFeedback feedback, Integer pain, Boolean sharp,
		Integer painBefore, Integer painAfter) {

}
