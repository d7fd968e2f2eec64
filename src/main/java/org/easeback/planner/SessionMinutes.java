package org.easeback.planner;

/**
 * How long a session lasts: 5 to 60 minutes, 15 by default.
 *
 * @param value whole minutes
 */
public record SessionMinutes(int value) {

	public static final int MIN = 5;

	public static final int MAX = 60;

	public static final SessionMinutes DEFAULT = new SessionMinutes(15);

	public SessionMinutes {
		if (value < MIN || value > MAX) {
			throw new IllegalArgumentException("a session lasts " + MIN + " to " + MAX + " minutes, not " + value);
		}
	}

	public int seconds() {
		return this.value * 60;
	}

}
