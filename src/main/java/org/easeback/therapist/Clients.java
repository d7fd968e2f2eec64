package org.easeback.therapist;

import java.util.List;

import org.easeback.handoff.HandoffSummary;
import org.easeback.handoff.SharedClient;
import org.easeback.handoff.Shares;
import org.easeback.handoff.Summaries;

import org.springframework.stereotype.Service;

/** The clients who share with a therapist, and their summaries. */
@Service
public class Clients {

	private final Shares shares;

	private final Summaries summaries;

	private final ClientAccess access;

	Clients(Shares shares, Summaries summaries, ClientAccess access) {
		this.shares = shares;
		this.summaries = summaries;
		this.access = access;
	}

	/** The clients who share with {@code therapist}, each with the id to name them by. */
	public List<SharedClient> of(String therapist) {
		return this.shares.clientsOf(therapist);
	}

	/**
	 * Redeems a share code.
	 * @return the client who shared, with the id to name them by
	 */
	public SharedClient redeem(String therapist, String code) {
		return this.shares.redeem(therapist, code);
	}

	/**
	 * The summary of the client the therapist names {@code clientId}.
	 * @throws ClientNotShared when no share of the therapist's has this id
	 */
	public HandoffSummary summary(String therapist, String clientId) {
		return this.summaries.of(this.access.require(therapist, clientId));
	}

}
