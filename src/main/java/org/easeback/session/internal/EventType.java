package org.easeback.session.internal;

/** What the guided player reports. */
public enum EventType {

	STARTED, STEP_DONE, FEEDBACK, STOPPED, COMPLETED;

	/** True for the events that end a run of the session. */
	public boolean ends() {
		return this == STOPPED || this == COMPLETED;
	}

}
