package org.easeback.session.internal;

import java.util.List;

/**
 * What the player is told after an event.
 *
 * @param type the event recorded
 * @param steps for FEEDBACK: the remaining steps' pressure
 * @param message a short line to show, or {@code null}
 * @param advice for STOPPED: what to do now
 * @param seeClinician for STOPPED: whether to see a clinician
 */
public record EventResult(EventType type, List<PressureAdjuster.StepPressure> steps, String message,
		List<String> advice, Boolean seeClinician) {

	public EventResult {
		steps = steps == null ? List.of() : List.copyOf(steps);
		advice = advice == null ? List.of() : List.copyOf(advice);
	}

}
