package org.easeback.content;

/**
 * A positive whole number or range, such as a hold of 20-30 seconds or 5-10 repetitions.
 * When the source gives one number, {@code min} equals {@code max}.
 *
 * @param min the lower bound, at least 1
 * @param max the upper bound, at least {@code min}
 */
public record Span(int min, int max) {

	public Span {
		if (min <= 0) {
			throw new IllegalArgumentException("must be positive, was " + min);
		}
		if (max < min) {
			throw new IllegalArgumentException("maximum " + max + " is below minimum " + min);
		}
	}

	/** A single value. */
	public static Span of(int value) {
		return new Span(value, value);
	}

	/** A range from {@code min} to {@code max} inclusive. */
	public static Span between(int min, int max) {
		return new Span(min, max);
	}

	/** True when the bound is a single value rather than a range. */
	public boolean exact() {
		return this.min == this.max;
	}

	/** The middle of the range, rounded down; a sensible default for a timer. */
	public int middle() {
		return (this.min + this.max) / 2;
	}

	/** Reads as {@code 20–30} or {@code 5}. */
	@Override
	public String toString() {
		return exact() ? Integer.toString(this.min) : this.min + "–" + this.max;
	}

}
