package org.easeback.handoff;

import java.util.UUID;

/**
 * A client as one therapist sees them.
 *
 * @param id what the therapist's addresses name the client by: the random id of one of
 * the client's shares with this therapist, meaningless to anyone else
 * @param client the client's username (their email), shown on the page but never put in
 * an address
 */
public record SharedClient(UUID id, String client) {

}
