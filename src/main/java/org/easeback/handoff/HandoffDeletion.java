package org.easeback.handoff;

import org.easeback.account.AccountDeleted;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Deletes the intake, the latest safety check and every share made by or to an account
 * when it is deleted (a deleted therapist loses access with it).
 */
@Component
class HandoffDeletion {

	private final Intakes intakes;

	private final SafetyCheckRecords checks;

	private final Shares shares;

	HandoffDeletion(Intakes intakes, SafetyCheckRecords checks, Shares shares) {
		this.intakes = intakes;
		this.checks = checks;
		this.shares = shares;
	}

	@ApplicationModuleListener
	void on(AccountDeleted event) {
		this.intakes.delete(event.username());
		this.checks.delete(event.username());
		this.shares.deleteAll(event.username());
	}

}
