package org.easeback.handoff;

import java.util.UUID;

/**
 * A client as one therapist sees them.
 *
 * @param id what the therapist's addresses name the client by: the random id of one of
 * the client's shares with this therapist, meaningless to anyone else
 * @param client the client's username (their email), shown on the page but never put in
 * an address
 * @param displayName the name the client chose to be known by, shown before the email, or
 * null when they gave none
 */
public record SharedClient(UUID id, String client, String displayName) {

	/** The same client with the name they are known by. */
	public SharedClient named(String name) {
		return new SharedClient(this.id, this.client, name);
	}

}
