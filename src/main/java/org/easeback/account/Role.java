package org.easeback.account;

/**
 * What an account is for: keeping one's own diary, or receiving hand-offs as a therapist.
 */
public enum Role {

	/** Someone keeping their own diary and hand-off. */
	CLIENT,
	/** A massage therapist who receives hand-offs (and may keep a diary too). */
	THERAPIST;

	/** The Spring Security authority of this role, for example {@code ROLE_CLIENT}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
