package org.easeback.account.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many writes of each kind one client address may make, as token buckets: up to
 * {@code requests} at once, refilled evenly over {@code per}. The defaults (in
 * {@code application.properties}) leave room for any person or household; a benchmark may
 * raise them or switch them off. The failed sign-in limits ({@link LoginThrottle}) are a
 * guard against password guessing, not against load, and hold even when the others are
 * switched off.
 *
 * @param enabled whether writes are limited at all
 * @param plans plan creation (the plan form and the API)
 * @param sessionEvents events of a guided session (steps, feedback, stop, completion)
 * @param safetyChecks safety checks (the check page and the API)
 * @param registrations new accounts
 * @param signIns sign-in attempts, right or wrong
 * @param redemptions share codes redeemed, per address
 * @param redemptionsPerTherapist share codes redeemed, per therapist account
 * @param failedSignInsPerAddressAndAccount failed sign-ins from one address to one
 * account
 * @param failedSignInsPerAccount failed sign-ins to one account from addresses that never
 * signed in to it
 * @param failedSignInsPerAddress failed sign-ins from one address to accounts it never
 * signed in to; larger than the pair's, so guesses at one account do not lock out the
 * others behind the same address
 */
@ConfigurationProperties("easeback.rate-limits")
public record RateLimits(boolean enabled, Limit plans, Limit sessionEvents, Limit safetyChecks, Limit registrations,
		Limit signIns, Limit redemptions, Limit redemptionsPerTherapist, Limit failedSignInsPerAddressAndAccount,
		Limit failedSignInsPerAccount, Limit failedSignInsPerAddress) {

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
