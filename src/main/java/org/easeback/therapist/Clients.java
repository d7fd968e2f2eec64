package org.easeback.therapist;

import java.util.List;
import java.util.Map;

import org.easeback.account.Accounts;
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

	private final Accounts accounts;

	Clients(Shares shares, Summaries summaries, ClientAccess access, Accounts accounts) {
		this.accounts = accounts;
		this.shares = shares;
		this.summaries = summaries;
		this.access = access;
	}

	/**
	 * The clients who share with {@code therapist}, each with the id to name them by and
	 * the name they chose to be known by.
	 */
	public List<SharedClient> of(String therapist) {
		List<SharedClient> clients = this.shares.clientsOf(therapist);
		Map<String, String> names = this.accounts.displayNames(clients.stream().map(SharedClient::client).toList());
		return clients.stream().map(c -> c.named(names.get(c.client()))).toList();
	}

	/**
	 * Redeems a share code.
	 * @return the client who shared, with the id to name them by
	 */
	public SharedClient redeem(String therapist, String code) {
		SharedClient client = this.shares.redeem(therapist, code);
		return client.named(this.accounts.displayNames(List.of(client.client())).get(client.client()));
	}

	/**
	 * The summary of the client the therapist names {@code clientId}.
	 * @throws ClientNotShared when no share of the therapist's has this id
	 */
	public HandoffSummary summary(String therapist, String clientId) {
		return this.summaries.of(this.access.require(therapist, clientId));
	}

}
