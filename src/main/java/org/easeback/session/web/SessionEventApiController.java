package org.easeback.session.web;

import java.security.Principal;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.easeback.session.internal.EventResult;
import org.easeback.session.internal.GuidedSessions;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** What the guided player reports while a plan is followed. */
@RestController
class SessionEventApiController {

	private final GuidedSessions sessions;

	SessionEventApiController(GuidedSessions sessions) {
		this.sessions = sessions;
	}

	@PostMapping("/api/v1/plans/{id}/events")
	@Operation(summary = "Record a session event",
			description = "STARTED (painBefore), STEP_DONE (stepIndex), FEEDBACK (stepIndex, feedback "
					+ "LIGHTER/GOOD/FIRMER: answers the remaining steps' pressure), STOPPED (stepIndex, pain 0-10, "
					+ "sharp: answers the advice; the session ends), COMPLETED (painAfter).")
	EventResult record(@PathVariable UUID id, @RequestBody SessionEventRequest request, Principal principal) {
		return this.sessions.record(id, request.toCommand(), principal == null ? null : principal.getName());
	}

}
