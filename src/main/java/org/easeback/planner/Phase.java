package org.easeback.planner;

/**
 * The parts of a session, in the order the articles give them; the player names them with
 * the messages {@code player.phase.*}.
 */
public enum Phase {

	HEAT(false), WARM_UP(true), ONE_SIDE(true), TURN_OVER(false), OTHER_SIDE(true), BOTH_SIDES(true), SORE_SPOTS(true),
	TOOLS(true), HANDS_ON(true), FINISH(false), BEFORE_VISIT(false), DURING_VISIT(false), STRETCH(false),
	AFTERCARE(false);

	private final boolean working;

	Phase(boolean working) {
		this.working = working;
	}

	/** True for phases that press on muscles; each opens with a pressure check-in. */
	public boolean working() {
		return this.working;
	}

}
