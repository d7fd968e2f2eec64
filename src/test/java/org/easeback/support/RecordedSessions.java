package org.easeback.support;

import java.time.Duration;
import java.time.Instant;

/** The guided sessions the diary recorded for a signed-in person. */
public final class RecordedSessions {

	private RecordedSessions() {
	}

	/**
	 * The body of {@code GET /api/v1/diary/sessions} once a finished session is in it, or
	 * after 10 s: the diary records a session after the event's transaction commits.
	 */
	public static String await(Http http) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		String body = "";
		while (Instant.now().isBefore(deadline)) {
			body = http.get("/api/v1/diary/sessions", "application/json").body();
			if (body.contains("painAfter")) {
				return body;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return body;
			}
		}
		return body;
	}

}
