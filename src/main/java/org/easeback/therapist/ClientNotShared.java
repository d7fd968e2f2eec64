package org.easeback.therapist;

/**
 * Thrown when a therapist names a client by an id that no share of theirs has (never did,
 * another therapist's, or revoked). The web layer answers 404: whether the client exists
 * is not revealed.
 */
public class ClientNotShared extends RuntimeException {

	public ClientNotShared(String clientId) {
		super("no hand-off shared with you has the id " + clientId);
	}

}
