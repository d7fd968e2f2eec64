package org.easeback.account.config;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a {@link LimitedWrite} over its {@link RateLimits limit} before it does any
 * work, with {@code 429 Too Many Requests} and {@code Retry-After}: problem+json on the
 * API, the friendly error page otherwise. It sits in the security filter chain before the
 * sign-in, so a refused sign-in never reaches the password check, and after the session
 * is read, so share codes can also be counted per therapist.
 */
final class RateLimitFilter extends OncePerRequestFilter {

	private final RateLimiter limiter;

	private final JsonMapper json;

	RateLimitFilter(RateLimiter limiter, JsonMapper json) {
		this.limiter = limiter;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<LimitedWrite> write = LimitedWrite.of(request);
		Optional<Duration> wait = write.flatMap(w -> this.limiter.take(w, request.getRemoteAddr(), signedIn()));
		if (wait.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = TooManyRequests.seconds(wait.get());
		if (ApiProblems.isApi(request)) {
			TooManyRequests.write(request, response, this.json, seconds, "Too many requests for " + write.get().what()
					+ " from this address. Try again in " + seconds + " seconds.");
		}
		else {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
		}
	}

	private static Optional<String> signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		return Optional.of(authentication.getName());
	}

}
