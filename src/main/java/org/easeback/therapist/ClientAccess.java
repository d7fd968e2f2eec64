package org.easeback.therapist;

import java.util.Optional;
import java.util.UUID;

import org.easeback.handoff.Shares;

import org.springframework.stereotype.Component;

/**
 * Finds, on every call, the client a therapist names by an id (one of the client's shares
 * with that therapist) while that share counts: revocation takes effect on the
 * therapist's next request because nothing about access is cached. An id held by another
 * therapist, revoked, or not an id at all, is the same {@link ClientNotShared}.
 */
@Component
class ClientAccess {

	private final Shares shares;

	ClientAccess(Shares shares) {
		this.shares = shares;
	}

	/**
	 * The client named by {@code clientId}.
	 * @throws ClientNotShared when no share of this therapist's has this id, or it was
	 * revoked
	 */
	String require(String therapist, String clientId) {
		return id(clientId).flatMap(id -> this.shares.clientOf(therapist, id))
			.orElseThrow(() -> new ClientNotShared(clientId));
	}

	/** Only the form ids are given out in, so each client has one address per share. */
	private static Optional<UUID> id(String text) {
		try {
			UUID id = UUID.fromString(text);
			return id.toString().equals(text) ? Optional.of(id) : Optional.empty();
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return Optional.empty();
		}
	}

}
