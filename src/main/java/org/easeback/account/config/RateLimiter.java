package org.easeback.account.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;

import io.github.bucket4j.ConsumptionProbe;

/**
 * Decides whether one more write of a kind is allowed now, per client address (an IPv6
 * client counts by its /64 network, which one household or phone is given whole) and, for
 * share codes, also per therapist account.
 */
public final class RateLimiter {

	private final RateLimits limits;

	private final TokenBuckets buckets;

	RateLimiter(RateLimits limits, TokenBuckets buckets) {
		this.limits = limits;
		this.buckets = buckets;
	}

	/**
	 * Takes one write of {@code write} for {@code address} (and {@code account}, where
	 * the kind has a per-account limit and someone is signed in).
	 * @return empty if allowed, otherwise how long until one is allowed again
	 */
	Optional<Duration> take(LimitedWrite write, String address, Optional<String> account) {
		if (!this.limits.enabled()) {
			return Optional.empty();
		}
		Optional<Duration> wait = take(write.name() + " " + network(address), write.limit(this.limits));
		if (wait.isEmpty() && write == LimitedWrite.REDEMPTIONS && account.isPresent()) {
			wait = take("REDEMPTIONS_BY_ACCOUNT " + account.get(), this.limits.redemptionsPerTherapist());
		}
		return wait;
	}

	private Optional<Duration> take(String key, RateLimits.Limit limit) {
		ConsumptionProbe probe = this.buckets.take(key, limit);
		return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

	/** The address a limit counts by: itself for IPv4, its /64 network for IPv6. */
	static String network(String address) {
		if (address == null || address.indexOf(':') < 0) {
			return String.valueOf(address);
		}
		try {
			byte[] bytes = InetAddress.getByName(address).getAddress();
			if (bytes.length != 16) {
				return address;
			}
			StringBuilder prefix = new StringBuilder();
			for (int i = 0; i < 8; i += 2) {
				prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
			}
			return prefix.append(":/64").toString();
		}
		catch (UnknownHostException ex) {
			return address;
		}
	}

}
