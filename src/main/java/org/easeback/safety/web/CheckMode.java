package org.easeback.safety.web;

import java.util.Arrays;

/** Who the check is for, carried from the home page through the check to the planner. */
public enum CheckMode {

	PARTNER, SELF, THERAPIST_VISIT;

	/** The message key of the line that says whom to answer for. */
	public String intro() {
		return "check.mode." + name();
	}

	/** The mode with this name, or {@code null} for none or an unknown one. */
	static CheckMode parse(String name) {
		return Arrays.stream(values()).filter(m -> m.name().equals(name)).findFirst().orElse(null);
	}

}
