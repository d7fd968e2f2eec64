package org.easeback.account.config;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

/**
 * The rule for everything not listed: an endpoint that exists needs an account (deny by
 * default), while an address that matches no controller is let through so it answers a
 * plain 404 (problem+json for the API, a friendly page for people) instead of a sign-in
 * prompt for a page that is not there.
 */
final class MappedEndpointsNeedAnAccount implements AuthorizationManager<RequestAuthorizationContext> {

	private final HandlerMappingIntrospector mappings;

	MappedEndpointsNeedAnAccount(HandlerMappingIntrospector mappings) {
		this.mappings = mappings;
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		if (!hasController(context.getRequest())) {
			return new AuthorizationDecision(true);
		}
		Authentication user = authentication.get();
		return new AuthorizationDecision(
				user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken));
	}

	private boolean hasController(HttpServletRequest request) {
		for (HandlerMapping mapping : this.mappings.getHandlerMappings()) {
			try {
				HandlerExecutionChain chain = mapping.getHandler(request);
				if (chain != null && chain.getHandler() instanceof HandlerMethod) {
					return true;
				}
			}
			catch (Exception ex) {
				// a mapping that matches the path but not the method still means "exists"
				return true;
			}
		}
		return false;
	}

}
