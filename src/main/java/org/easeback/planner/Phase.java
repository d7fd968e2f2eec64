package org.easeback.planner;

/** The parts of a session, in the order the articles give them. */
public enum Phase {

	HEAT("Warm the muscles", false), WARM_UP("Warm-up", true), ONE_SIDE("One side", true),
	OTHER_SIDE("The other side", true), BOTH_SIDES("Both sides together", true), SORE_SPOTS("Sore spots", true),
	TOOLS("Self-massage with tools", true), HANDS_ON("Hands-on self-massage", true), FINISH("Finishing strokes", false),
	BEFORE_VISIT("Before the visit", false), DURING_VISIT("During the massage", false), STRETCH("Stretches", false),
	AFTERCARE("Aftercare", false);

	private final String label;

	private final boolean working;

	Phase(String label, boolean working) {
		this.label = label;
		this.working = working;
	}

	public String label() {
		return this.label;
	}

	/** True for phases that press on muscles; each opens with a pressure check-in. */
	public boolean working() {
		return this.working;
	}

}
