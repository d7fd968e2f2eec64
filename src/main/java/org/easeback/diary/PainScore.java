package org.easeback.diary;

/**
 * A pain score on the 0-10 numeric rating scale: 0 is no pain, 10 the worst imaginable.
 *
 * @param value 0 to 10
 */
public record PainScore(int value) {

	/** The lowest score. */
	public static final int MIN = 0;

	/** The highest score. */
	public static final int MAX = 10;

	public PainScore {
		if (!isValid(value)) {
			throw new IllegalArgumentException("a pain score is between 0 and 10, not " + value);
		}
	}

	/** Whether {@code value} is a score (null is not). */
	public static boolean isValid(Integer value) {
		return value != null && value >= MIN && value <= MAX;
	}

	/** Scores 8 to 10: severe pain. */
	public boolean isSevere() {
		return this.value >= 8;
	}

}
