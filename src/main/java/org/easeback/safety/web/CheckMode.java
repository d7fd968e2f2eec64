package org.easeback.safety.web;

import java.util.Arrays;

import org.easeback.safety.Question;

/** Who the check is for, carried from the home page through the check to the planner. */
public enum CheckMode {

	PARTNER, SELF, THERAPIST_VISIT;

	/** The message key of the sentence that says whom the questions are about. */
	public String intro() {
		return "check.mode." + name();
	}

	/**
	 * Whose words the questions are in: "the person you will massage" when someone
	 * answers for the person they massage, "you" otherwise (and when no mode was said).
	 */
	static Question.Voice voice(CheckMode mode) {
		return (mode == PARTNER) ? Question.Voice.PARTNER : Question.Voice.SELF;
	}

	/** The mode with this name, or {@code null} for none or an unknown one. */
	static CheckMode parse(String name) {
		return Arrays.stream(values()).filter(m -> m.name().equals(name)).findFirst().orElse(null);
	}

}
