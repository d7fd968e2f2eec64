package org.easeback.content;

import java.util.Objects;

/**
 * How long an item takes.
 *
 * @param seconds the time the whole item usually takes, always present
 * @param holdSeconds how long one hold or one spot lasts, or {@code null} when the item
 * has no hold
 * @param repetitions how many times the movement is repeated, or {@code null} when it is
 * not counted
 * @param eachSide true when the hold or repetitions are done once on each side
 */
public record Timing(Span seconds, Span holdSeconds, Span repetitions, boolean eachSide) {

	public Timing {
		Objects.requireNonNull(seconds, "seconds");
	}

	/** A timing with only a duration. */
	public static Timing lasting(Span seconds) {
		return new Timing(seconds, null, null, false);
	}

	/** True when the item has a hold time. */
	public boolean holds() {
		return this.holdSeconds != null;
	}

	/** True when the item counts repetitions. */
	public boolean counted() {
		return this.repetitions != null;
	}

}
