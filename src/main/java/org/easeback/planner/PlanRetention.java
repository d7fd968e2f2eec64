package org.easeback.planner;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long a plan's link lasts. Plans are stored without an account, so a plan that
 * nobody has used for this long is deleted with its events (a signed-in person's diary
 * keeps its own record of the sessions they finished).
 * <p>
 * A use (the plan made, its player page or API read, an event posted) is written at most
 * once per {@link #recordUseEvery()}, so reading a plan is not a database write every
 * time; the deletion allows for that lateness, and a plan is never deleted sooner than
 * {@code unused} after its last use.
 *
 * @param unused how long a plan may go unused before it is deleted
 */
public record PlanRetention(Duration unused) {

	private static final Duration DAY = Duration.ofDays(1);

	public PlanRetention {
		Objects.requireNonNull(unused, "unused");
		if (unused.isNegative() || unused.isZero()) {
			throw new IllegalArgumentException("The retention of plans must be longer than zero: " + unused);
		}
	}

	/** How stale a plan's recorded last use may get before a use writes it again. */
	public Duration recordUseEvery() {
		Duration thirtieth = this.unused.dividedBy(30);
		return (thirtieth.compareTo(DAY) > 0) ? DAY : thirtieth;
	}

	/** Plans whose recorded last use is before this instant have expired. */
	public Instant expiredBefore(Instant now) {
		return now.minus(this.unused).minus(recordUseEvery());
	}

	/** The retention as the logs say it: "30 days", "1 day", "12 hours", "5 minutes". */
	public String inWords() {
		if (this.unused.toDays() >= 1 && this.unused.equals(Duration.ofDays(this.unused.toDays()))) {
			return count(this.unused.toDays(), "day");
		}
		if (this.unused.toHours() >= 1 && this.unused.equals(Duration.ofHours(this.unused.toHours()))) {
			return count(this.unused.toHours(), "hour");
		}
		return count(Math.max(1, this.unused.toMinutes()), "minute");
	}

	private static String count(long n, String unit) {
		return n + " " + unit + ((n == 1) ? "" : "s");
	}

}
