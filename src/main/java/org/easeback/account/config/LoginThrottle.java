package org.easeback.account.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.EstimationProbe;

/**
 * Limits failed sign-ins with three {@link RateLimits token buckets}, so that guesses at
 * one account cannot lock out the other people behind the same address (a shared office,
 * a clinic's wifi, a carrier's NAT):
 * <ul>
 * <li><b>address and account</b>: the small limit, the one a person mistyping their own
 * password meets. Always applies.</li>
 * <li><b>account</b>, from any address: caps guesses spread over many addresses.</li>
 * <li><b>address</b>, over every account: a larger budget, caps one address trying many
 * accounts.</li>
 * </ul>
 * An address that has signed in to an account before (remembered for
 * {@link #KNOWN_ADDRESS}) is held only to the pair's limit for that account, so the real
 * user at home, or a colleague at the office, is not locked out by someone else's
 * guesses.
 * <p>
 * A bucket is checked before the password is and a token taken only when the sign-in
 * fails: successes cost nothing, and refused attempts do not extend a block. The buckets
 * live where the other rate limits do ({@link TokenBuckets}: shared through PostgreSQL,
 * in memory on H2). Known addresses are remembered by the process that saw the sign-in;
 * with several instances another instance treats the address as new. An IPv6 client
 * counts by its /64 network, and accounts by a digest of their email, which keeps keys
 * short and emails out of the bucket table.
 */
public final class LoginThrottle {

	/** Addresses that signed in to an account are remembered this long. */
	static final Duration KNOWN_ADDRESS = Duration.ofDays(30);

	/** Known (address, account) pairs kept at most. */
	static final long MAX_KNOWN = 100_000;

	private final RateLimits limits;

	private final TokenBuckets buckets;

	private final Cache<String, Boolean> knownAddresses;

	LoginThrottle(RateLimits limits, TokenBuckets buckets, Clock clock) {
		this.limits = limits;
		this.buckets = buckets;
		this.knownAddresses = Caffeine.newBuilder()
			.maximumSize(MAX_KNOWN)
			.expireAfterWrite(KNOWN_ADDRESS)
			.ticker(() -> Duration.ofMillis(clock.millis()).toNanos())
			.build();
	}

	/**
	 * How long this address must wait before trying to sign in to this account, or empty
	 * when it may try now.
	 */
	public Optional<Duration> retryAfter(String address, String account) {
		return keys(address, account).map(key -> this.buckets.check(key.name(), key.limit()))
			.filter(probe -> !probe.canBeConsumed())
			.map(EstimationProbe::getNanosToWaitForRefill)
			.max(Long::compare)
			.map(Duration::ofNanos);
	}

	/** Records a failed attempt from this address for this account. */
	public void failed(String address, String account) {
		keys(address, account).forEach(key -> this.buckets.take(key.name(), key.limit()));
	}

	/** Records a successful sign-in: the address becomes known for the account. */
	public void succeeded(String address, String account) {
		String digest = digest(account);
		if (!digest.isEmpty()) {
			this.knownAddresses.put(network(address) + " " + digest, Boolean.TRUE);
		}
	}

	/** The buckets an attempt from this address to this account is held to. */
	private Stream<Key> keys(String address, String account) {
		String network = network(address);
		String digest = digest(account);
		if (digest.isEmpty()) {
			return Stream.of(new Key("FAILED_SIGN_INS_BY_ADDRESS " + network, this.limits.failedSignInsPerAddress()));
		}
		Key pair = new Key("FAILED_SIGN_INS_BY_PAIR " + network + " " + digest,
				this.limits.failedSignInsPerAddressAndAccount());
		if (this.knownAddresses.getIfPresent(network + " " + digest) != null) {
			return Stream.of(pair);
		}
		return Stream.of(pair, new Key("FAILED_SIGN_INS_BY_ACCOUNT " + digest, this.limits.failedSignInsPerAccount()),
				new Key("FAILED_SIGN_INS_BY_ADDRESS " + network, this.limits.failedSignInsPerAddress()));
	}

	private static String network(String address) {
		return RateLimiter.network(address);
	}

	/** A digest of the account's email as Accounts stores it, or "" without one. */
	private static String digest(String account) {
		String email = account == null ? "" : account.trim().toLowerCase(Locale.ROOT);
		if (email.isEmpty()) {
			return "";
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(email.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	private record Key(String name, RateLimits.Limit limit) {
	}

}
