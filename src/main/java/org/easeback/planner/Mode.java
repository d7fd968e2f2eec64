package org.easeback.planner;

/** Who the session is for; the words for each are the messages {@code plan.mode.*}. */
public enum Mode {

	/** Giving a massage to a partner, friend or family member. */
	PARTNER,
	/** Self-massage with balls, a roller or a wall, then stretches. */
	SELF,
	/** Preparing for, going through and following up a professional massage. */
	THERAPIST_VISIT

}
