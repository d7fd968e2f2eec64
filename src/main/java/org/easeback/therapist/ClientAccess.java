package org.easeback.therapist;

import org.easeback.handoff.Shares;

import org.springframework.stereotype.Component;

/**
 * Checks, on every call, that a client shares with the therapist: revocation takes effect
 * on the therapist's next request because nothing about access is cached.
 */
@Component
class ClientAccess {

	private final Shares shares;

	ClientAccess(Shares shares) {
		this.shares = shares;
	}

	void require(String therapist, String client) {
		if (!this.shares.hasAccess(therapist, client)) {
			throw new ClientNotShared(client);
		}
	}

}
