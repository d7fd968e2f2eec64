package org.easeback.account.web;

import java.security.Principal;

import org.easeback.account.Role;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the signed-in user's email ({@code signedIn}, null when anonymous), so
 * the layout shows "Sign in" or the email and "Sign out", and whether they have the
 * therapist role ({@code therapistRole}), so the layout links the therapist's pages for
 * them only.
 */
@ControllerAdvice
class SignedInAdvice {

	@ModelAttribute("signedIn")
	String signedIn(Principal principal) {
		return principal == null ? null : principal.getName();
	}

	@ModelAttribute("therapistRole")
	boolean therapist(Principal principal) {
		return principal instanceof Authentication authentication && authentication.getAuthorities()
			.stream()
			.anyMatch(a -> Role.THERAPIST.authority().equals(a.getAuthority()));
	}

}
