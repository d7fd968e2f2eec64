package org.easeback.account.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * Counts failed sign-ins per address and per account in a sliding window, in memory, with
 * a bounded number of keys (the oldest are dropped first, so a flood of made-up addresses
 * or emails cannot exhaust memory).
 * <ul>
 * <li>An <b>address</b> with {@value #LIMIT} failures in the window is refused (any
 * account) until its oldest failure leaves the window.</li>
 * <li>An <b>account</b> with {@value #LIMIT} failures in the window (from any addresses)
 * is refused to every address that has not signed in to it successfully before, until its
 * oldest failure leaves the window. Attempts that are refused are not counted, so they do
 * not extend the block: the real user waits at most one window, and from an address they
 * have signed in from before they are never locked out by someone else's guesses.</li>
 * </ul>
 * The state is per process: with several instances behind a load balancer each counts on
 * its own (the limit becomes {@value #LIMIT} per instance), which still bounds guessing.
 */
public final class LoginThrottle {

	/** Failed attempts allowed per window, per address and per account. */
	public static final int LIMIT = 5;

	/** The sliding window. */
	public static final Duration WINDOW = Duration.ofMinutes(15);

	/** Keys kept at most in each table. */
	static final long MAX_KEYS = 100_000;

	/** Addresses that signed in to an account are remembered this long. */
	static final Duration KNOWN_ADDRESS = Duration.ofDays(30);

	private final Clock clock;

	private final Cache<String, Deque<Instant>> byAddress;

	private final Cache<String, Deque<Instant>> byAccount;

	private final Cache<String, Boolean> knownAddresses;

	public LoginThrottle(Clock clock) {
		this.clock = clock;
		Ticker ticker = () -> Duration.ofMillis(clock.millis()).toNanos();
		this.byAddress = Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterAccess(WINDOW).ticker(ticker).build();
		this.byAccount = Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterAccess(WINDOW).ticker(ticker).build();
		this.knownAddresses = Caffeine.newBuilder()
			.maximumSize(MAX_KEYS)
			.expireAfterWrite(KNOWN_ADDRESS)
			.ticker(ticker)
			.build();
	}

	/**
	 * How long this address must wait before trying to sign in to this account, or empty
	 * when it may try now.
	 */
	public Optional<Duration> retryAfter(String address, String account) {
		Instant now = this.clock.instant();
		Duration wait = waitFor(this.byAddress.getIfPresent(address), now);
		String key = account(account);
		if (!key.isEmpty() && this.knownAddresses.getIfPresent(pair(address, key)) == null) {
			Duration accountWait = waitFor(this.byAccount.getIfPresent(key), now);
			wait = wait.compareTo(accountWait) >= 0 ? wait : accountWait;
		}
		return wait.isZero() ? Optional.empty() : Optional.of(wait);
	}

	/** Records a failed attempt from this address for this account. */
	public void failed(String address, String account) {
		Instant now = this.clock.instant();
		add(this.byAddress.get(address, k -> new ArrayDeque<>()), now);
		String key = account(account);
		if (!key.isEmpty()) {
			add(this.byAccount.get(key, k -> new ArrayDeque<>()), now);
		}
	}

	/** Records a successful sign-in: the address becomes known for the account. */
	public void succeeded(String address, String account) {
		String key = account(account);
		if (!key.isEmpty()) {
			this.knownAddresses.put(pair(address, key), Boolean.TRUE);
		}
	}

	private Duration waitFor(Deque<Instant> failures, Instant now) {
		if (failures == null) {
			return Duration.ZERO;
		}
		synchronized (failures) {
			prune(failures, now);
			if (failures.size() < LIMIT) {
				return Duration.ZERO;
			}
			// blocked until enough failures leave the window to go below the limit
			Instant oldestThatCounts = failures.stream().skip(failures.size() - LIMIT).findFirst().orElseThrow();
			Duration wait = Duration.between(now, oldestThatCounts.plus(WINDOW));
			return wait.isNegative() ? Duration.ZERO : wait;
		}
	}

	private void add(Deque<Instant> failures, Instant now) {
		synchronized (failures) {
			prune(failures, now);
			failures.addLast(now);
			while (failures.size() > LIMIT) {
				failures.removeFirst();
			}
		}
	}

	private static void prune(Deque<Instant> failures, Instant now) {
		Instant start = now.minus(WINDOW);
		while (!failures.isEmpty() && !failures.peekFirst().isAfter(start)) {
			failures.removeFirst();
		}
	}

	private static String account(String account) {
		return account == null ? "" : account.trim().toLowerCase(java.util.Locale.ROOT);
	}

	private static String pair(String address, String account) {
		return address + " " + account;
	}

}
