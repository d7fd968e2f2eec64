package org.easeback.account.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many writes of each kind one client address may make, as token buckets: up to
 * {@code requests} at once, refilled evenly over {@code per}. The defaults (in
 * {@code application.properties}) leave room for any person or household; a benchmark may
 * raise them or switch them off.
 *
 * @param enabled whether writes are limited at all
 * @param plans plan creation (the plan form and the API)
 * @param sessionEvents events of a guided session (steps, feedback, stop, completion)
 * @param safetyChecks safety checks (the check page and the API)
 * @param registrations new accounts
 * @param signIns sign-in attempts, right or wrong
 * @param redemptions share codes redeemed, per address
 * @param redemptionsPerTherapist share codes redeemed, per therapist account
 */
@ConfigurationProperties("easeback.rate-limits")
public record RateLimits(boolean enabled, Limit plans, Limit sessionEvents, Limit safetyChecks, Limit registrations,
		Limit signIns, Limit redemptions, Limit redemptionsPerTherapist) {

	/**
	 * One limit.
	 *
	 * @param requests requests allowed at once, and per period
	 * @param per the time in which the whole allowance comes back
	 */
	public record Limit(long requests, Duration per) {

		public Limit {
			if (requests < 1 || per == null || per.isNegative() || per.isZero()) {
				throw new IllegalArgumentException("a rate limit needs at least 1 request per a positive duration, not "
						+ requests + " per " + per);
			}
		}

	}

}
