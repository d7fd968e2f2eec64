package org.easeback.therapist;

import java.util.List;

import org.easeback.handoff.HandoffSummary;
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

	/** The clients who share with {@code therapist}. */
	public List<String> of(String therapist) {
		return this.shares.clientsOf(therapist);
	}

	/**
	 * Redeems a share code.
	 * @return the client who shared
	 */
	public String redeem(String therapist, String code) {
		return this.shares.redeem(therapist, code);
	}

	/**
	 * The client's summary.
	 * @throws ClientNotShared when the client does not share with the therapist
	 */
	public HandoffSummary summary(String therapist, String client) {
		this.access.require(therapist, client);
		return this.summaries.of(client);
	}

}
