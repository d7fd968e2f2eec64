package org.easeback.safety;

/**
 * The groups the questions are asked in, in order; each fits one phone screen. Their
 * headings and "None of these" labels are in {@code messages.properties}.
 */
public enum QuestionGroup {

	/** Signs that can mean an emergency. */
	EMERGENCY_SIGNS,
	/** Past illness and treatment a clinician should weigh first. */
	HEALTH_HISTORY,
	/** Recent operations, and pain that behaves unlike a strained muscle. */
	RECENT_CHANGES,
	/** Conditions that change how the massage is done. */
	CONDITIONS,
	/** How the pain started. */
	HOW_IT_STARTED,
	/** Questions asked only after another answer, never as a group of their own. */
	FOLLOW_UPS;

	/** The message key of the heading shown above the group. */
	public String titleKey() {
		return "question.group." + name() + ".title";
	}

	/** The message key of the group's "None of these" label. */
	public String noneKey() {
		return "question.group." + name() + ".none";
	}

}
