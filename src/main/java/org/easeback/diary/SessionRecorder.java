package org.easeback.diary;

import org.easeback.session.SessionFinished;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records every guided session a signed-in user finishes; anonymous sessions are not
 * kept. A session delivered twice is stored once.
 */
@Component
class SessionRecorder {

	private final GuidedSessionRepository sessions;

	SessionRecorder(GuidedSessionRepository sessions) {
		this.sessions = sessions;
	}

	@ApplicationModuleListener
	void on(SessionFinished event) {
		if (event.username() == null || event.username().isBlank()) {
			return;
		}
		this.sessions.add(event.username(),
				new GuidedSession(0, event.planId(), event.mode(), event.minutes(), event.techniqueIds(),
						score(event.painBefore()), score(event.painAfter()), event.stopped(), score(event.stopPain()),
						event.sharp(), event.feedback(), event.finishedAt()));
	}

	/** Out-of-range scores from a faulty client are dropped rather than stored. */
	private static Integer score(Integer value) {
		return PainScore.isValid(value) ? value : null;
	}

}
