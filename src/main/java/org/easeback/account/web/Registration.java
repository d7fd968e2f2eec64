package org.easeback.account.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.easeback.account.Role;

/**
 * The register form. The role is checked here because the page offers two described
 * choices where the API names the values; the email and password rules are the account's
 * own.
 *
 * @param email as typed
 * @param password as typed, never shown again
 * @param role {@code CLIENT} or {@code THERAPIST}
 * @param displayName the name to be known by, optional
 */
record Registration(String email, String password,
		@NotNull(message = "{register.role.choose}") @Pattern(regexp = "CLIENT|THERAPIST",
				message = "{register.role.choose}") String role,
		String displayName) {

	static Registration empty() {
		return new Registration("", "", Role.CLIENT.name(), "");
	}

	Role chosenRole() {
		return Role.valueOf(this.role);
	}

}
