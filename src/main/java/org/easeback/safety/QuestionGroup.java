package org.easeback.safety;

/** The groups the questions are asked in; each fits one phone screen. */
public enum QuestionGroup {

	/** Signs that can mean an emergency. */
	EMERGENCY_SIGNS("Emergency signs"),
	/** Signs that need a clinician before any massage. */
	CLINICIAN_SIGNS("Signs to check with a clinician first"),
	/** Conditions that change how the massage is done. */
	HEALTH_CONDITIONS("Health conditions that change the massage");

	private final String title;

	QuestionGroup(String title) {
		this.title = title;
	}

	/** The heading shown above the group. */
	public String title() {
		return this.title;
	}

}
