package org.easeback.session.internal;

/** The receiver's answer to "is the pressure right?". */
public enum PressureFeedback {

	LIGHTER(-1), GOOD(0), FIRMER(1);

	private final int shift;

	PressureFeedback(int shift) {
		this.shift = shift;
	}

	int shift() {
		return this.shift;
	}

}
