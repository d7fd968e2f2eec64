package org.easeback.account.config;

import java.util.List;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The writes that anyone, or anyone holding credentials, can repeat at will, each with
 * the addresses that make it and the limit that applies.
 */
enum LimitedWrite {

	PLANS("a plan", RateLimits::plans, "/api/v1/plans", "/plan"),

	SESSION_EVENTS("a step of a guided session", RateLimits::sessionEvents, "/api/v1/plans/{id}/events"),

	SAFETY_CHECKS("a safety check", RateLimits::safetyChecks, "/api/v1/safety-checks", "/check"),

	REGISTRATIONS("a new account", RateLimits::registrations, "/register"),

	SIGN_INS("a sign-in", RateLimits::signIns, "/login"),

	REDEMPTIONS("a share code", RateLimits::redemptions, "/api/v1/therapist/redeem", "/therapist/redeem");

	private final String what;

	private final Function<RateLimits, RateLimits.Limit> limit;

	private final List<RequestMatcher> matchers;

	LimitedWrite(String what, Function<RateLimits, RateLimits.Limit> limit, String... paths) {
		this.what = what;
		this.limit = limit;
		this.matchers = java.util.Arrays.stream(paths)
			.map(path -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, path))
			.toList();
	}

	/** What one request of this kind makes, for the answer that refuses it. */
	String what() {
		return this.what;
	}

	RateLimits.Limit limit(RateLimits limits) {
		return this.limit.apply(limits);
	}

	boolean matches(HttpServletRequest request) {
		return this.matchers.stream().anyMatch(matcher -> matcher.matches(request));
	}

	static java.util.Optional<LimitedWrite> of(HttpServletRequest request) {
		if (!"POST".equals(request.getMethod())) {
			return java.util.Optional.empty();
		}
		return java.util.Arrays.stream(values()).filter(write -> write.matches(request)).findFirst();
	}

}
