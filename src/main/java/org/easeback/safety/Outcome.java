package org.easeback.safety;

/**
 * What the safety check decides, from worst ({@link #URGENT}) to best ({@link #CLEAR}).
 * When several rules fire, the worst outcome wins.
 */
public enum Outcome {

	/** A possible emergency: no plan; get urgent medical care today. */
	URGENT(3),
	/**
	 * Massage is not advised until a clinician has been seen: no plan, a hand-off
	 * instead.
	 */
	SEE_CLINICIAN(2),
	/** Massage is fine with the changes the check lists. */
	CAUTION(1),
	/** Nothing found: plan as asked. */
	CLEAR(0);

	private final int severity;

	Outcome(int severity) {
		this.severity = severity;
	}

	/** True when this outcome is worse than the other one. */
	public boolean isWorseThan(Outcome other) {
		return this.severity > other.severity;
	}

	/** The worse of this outcome and the other one. */
	public Outcome worst(Outcome other) {
		return other.isWorseThan(this) ? other : this;
	}

	/** True when a massage plan may be built (with or without changes). */
	public boolean allowsPlan() {
		return this == CAUTION || this == CLEAR;
	}

}
