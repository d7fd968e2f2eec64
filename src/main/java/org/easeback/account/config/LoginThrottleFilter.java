package org.easeback.account.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a sign-in with {@code 429 Too Many Requests} and {@code Retry-After} while
 * {@link LoginThrottle} blocks this address for this account: problem+json for clients
 * that ask for JSON, a short page otherwise. The password is not checked at all while
 * blocked.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

	private static final String PAGE = """
			<!DOCTYPE html>
			<html lang="en">
			<head>
			<meta charset="utf-8">
			<meta name="viewport" content="width=device-width, initial-scale=1">
			<title>Too many sign-in attempts — EaseBack</title>
			<link rel="stylesheet" href="/css/easeback.css">
			</head>
			<body>
			<main id="main">
			<h1>Too many sign-in attempts</h1>
			<p class="card error-summary" role="alert">There have been too many failed sign-ins for this account or
			from this network. To keep your diary safe, signing in is paused for %d minutes.</p>
			<p>Checking, planning and guiding need no account and still work: <a href="/">go to the start</a>.</p>
			<p>Then <a href="/login">try again</a>.</p>
			</main>
			</body>
			</html>
			""";

	private final LoginThrottle throttle;

	private final JsonMapper json;

	LoginThrottleFilter(LoginThrottle throttle, JsonMapper json) {
		this.throttle = throttle;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !("POST".equals(request.getMethod()) && "/login".equals(path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<Duration> wait = this.throttle.retryAfter(request.getRemoteAddr(), request.getParameter("email"));
		if (wait.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = TooManyRequests.seconds(wait.get());
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept != null && accept.contains("json") && !accept.contains("text/html")) {
			TooManyRequests.write(request, response, this.json, seconds,
					"Too many failed sign-ins for this account or from this address. Try again in " + seconds
							+ " seconds.");
		}
		else {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
			response.getOutputStream()
				.write(PAGE.formatted(Math.max(1, (seconds + 59) / 60)).getBytes(StandardCharsets.UTF_8));
		}
	}

}
