package org.easeback.safety;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The English words of {@code messages.properties} for code that has no
 * {@code MessageSource} at hand: only the first edition of the check page, which renders
 * {@link Question#text()} and {@link QuestionGroup#title()}. It goes with them.
 */
final class EnglishText {

	private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("messages", Locale.ROOT,
			ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

	private EnglishText() {
	}

	static String of(String key) {
		return MESSAGES.getString(key);
	}

}
