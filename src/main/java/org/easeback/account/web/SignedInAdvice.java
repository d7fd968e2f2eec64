package org.easeback.account.web;

import java.security.Principal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the signed-in user's email ({@code signedIn}, null when anonymous), so
 * the layout shows "Sign in" or the email and "Sign out".
 */
@ControllerAdvice
class SignedInAdvice {

	@ModelAttribute("signedIn")
	String signedIn(Principal principal) {
		return principal == null ? null : principal.getName();
	}

}
