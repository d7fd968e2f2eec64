package org.easeback.handoff;

import java.time.Instant;

/**
 * One share of a client's hand-off: a code not yet redeemed, or a therapist who has
 * access.
 *
 * @param id the share's id, for revoking it
 * @param code the code, shown to the client only while it is not redeemed
 * @param therapist the therapist's username once redeemed, else null
 * @param createdAt when the code was made
 * @param expiresAt when an unredeemed code stops working
 * @param redeemedAt when the therapist redeemed it, or null
 */
public record ShareView(long id, String code, String therapist, Instant createdAt, Instant expiresAt,
		Instant redeemedAt) {

	/** True once a therapist has access through this share. */
	public boolean redeemed() {
		return this.therapist != null;
	}

}
