package org.easeback.planner;

/** Who the session is for. */
public enum Mode {

	/** Giving a massage to a partner, friend or family member. */
	PARTNER("Massage someone"),
	/** Self-massage with balls, a roller or a wall, then stretches. */
	SELF("Massage myself"),
	/** Preparing for, going through and following up a professional massage. */
	THERAPIST_VISIT("Prepare for a therapist");

	private final String label;

	Mode(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
