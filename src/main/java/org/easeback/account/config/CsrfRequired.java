package org.easeback.account.config;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Which requests must carry a CSRF token: every state-changing request, except API calls
 * that carry no session cookie. A forged cross-site request rides on the browser's
 * session cookie; a call without one has no ambient credentials to abuse.
 */
final class CsrfRequired implements RequestMatcher {

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "TRACE", "OPTIONS");

	@Override
	public boolean matches(HttpServletRequest request) {
		if (SAFE_METHODS.contains(request.getMethod())) {
			return false;
		}
		return !ApiProblems.isApi(request) || hasSessionCookie(request);
	}

	private static boolean hasSessionCookie(HttpServletRequest request) {
		if (request.getRequestedSessionId() != null) {
			return true;
		}
		if (request.getCookies() == null) {
			return false;
		}
		for (var cookie : request.getCookies()) {
			if ("SESSION".equals(cookie.getName()) || "JSESSIONID".equals(cookie.getName())) {
				return true;
			}
		}
		return false;
	}

}
