package org.easeback.session.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The current run of a plan: the events since the last {@link EventType#STARTED}. A plan
 * can be followed again and again; each start opens a new run.
 */
record SessionRun(List<SessionEvent> events) {

	SessionRun {
		events = List.copyOf(events);
	}

	static SessionRun current(List<SessionEvent> all) {
		int start = 0;
		for (int i = 0; i < all.size(); i++) {
			if (all.get(i).type() == EventType.STARTED) {
				start = i;
			}
		}
		return new SessionRun(all.subList(start, all.size()));
	}

	boolean started() {
		return !this.events.isEmpty() && this.events.get(0).type() == EventType.STARTED;
	}

	boolean ended() {
		return this.events.stream().anyMatch(e -> e.type().ends());
	}

	Integer painBefore() {
		return started() ? this.events.get(0).pain() : null;
	}

	List<PressureFeedback> feedback() {
		List<PressureFeedback> all = new ArrayList<>();
		this.events.stream().filter(e -> e.feedback() != null).forEach(e -> all.add(e.feedback()));
		return all;
	}

}
