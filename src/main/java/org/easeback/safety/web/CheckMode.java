package org.easeback.safety.web;

import java.util.Arrays;

/** Who the check is for, carried from the home page through the check to the planner. */
public enum CheckMode {

	PARTNER("Answer for the person you are going to massage."), SELF("Answer for yourself."),
	THERAPIST_VISIT("Answer for yourself. Your answers can go into the summary you take to your therapist.");

	private final String intro;

	CheckMode(String intro) {
		this.intro = intro;
	}

	public String intro() {
		return this.intro;
	}

	/** The mode with this name, or {@code null} for none or an unknown one. */
	static CheckMode parse(String name) {
		return Arrays.stream(values()).filter(m -> m.name().equals(name)).findFirst().orElse(null);
	}

}
