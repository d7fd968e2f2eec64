package org.easeback.therapist;

/**
 * Thrown when a therapist asks for a client who does not share with them (never did, or
 * revoked). The web layer answers 404: whether the client exists is not revealed.
 */
public class ClientNotShared extends RuntimeException {

	public ClientNotShared(String client) {
		super("no hand-off of " + client + " is shared with you");
	}

}
