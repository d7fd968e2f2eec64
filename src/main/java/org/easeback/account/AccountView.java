package org.easeback.account;

import java.time.Instant;

/**
 * What an account is, without its password hash.
 *
 * @param email the username
 * @param role client or therapist
 * @param createdAt when it was registered
 * @param displayName the name the person chose to be known by, or null when none
 */
public record AccountView(String email, Role role, Instant createdAt, String displayName) {

	/** The display name when there is one, else the email. */
	public String name() {
		return (this.displayName != null) ? this.displayName : this.email;
	}

}
