package org.easeback.diary;

import java.util.Arrays;
import java.util.Objects;

import org.easeback.shared.Words.Phrase;

/**
 * A "see a clinician" notice the diary shows, with the reason taken from the user's own
 * entries.
 *
 * @param kind which rule found it
 * @param reason what in the diary led to it, in plain words (messages.properties,
 * {@code diary.notice.*})
 */
public record Notice(Kind kind, Phrase reason) {

	public Notice {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(reason, "reason");
	}

	// a phrase's arguments are an array, which a record compares by identity
	@Override
	public boolean equals(Object other) {
		return other instanceof Notice that && this.kind == that.kind && this.reason.key().equals(that.reason.key())
				&& Arrays.equals(this.reason.arguments(), that.reason.arguments());
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.kind, this.reason.key(), Arrays.hashCode(this.reason.arguments()));
	}

	/** The rules of SAFETY.md, "In the diary". */
	public enum Kind {

		/** The three latest entries are all 8 to 10. */
		SEVERE_THREE_IN_A_ROW,
		/** Pain has risen over the last 14 days. */
		RISING_PAIN,
		/** The current episode has lasted more than 12 weeks. */
		LONG_EPISODE

	}

}
