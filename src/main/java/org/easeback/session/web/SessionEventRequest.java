package org.easeback.session.web;

import org.easeback.session.internal.EventCommand;
import org.easeback.session.internal.EventType;
import org.easeback.session.internal.PressureFeedback;

/** The body of {@code POST /api/v1/plans/{id}/events}. */
record SessionEventRequest(EventType type, Integer stepIndex, PressureFeedback feedback, Integer pain, Boolean sharp,
		Integer painBefore, Integer painAfter) {

	EventCommand toCommand() {
		return new EventCommand(this.type, this.stepIndex, this.feedback, this.pain, this.sharp, this.painBefore,
				this.painAfter);
	}

}
