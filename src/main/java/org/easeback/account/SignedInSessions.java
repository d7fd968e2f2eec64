package org.easeback.account;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends stored sessions of a user: all of them when the account is deleted, all but the
 * one in use when its password changes.
 */
@Component
class SignedInSessions {

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository;

	SignedInSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository) {
		this.repository = repository;
	}

	void endAll(String username) {
		endAllBut(username, null);
	}

	/** Ends every session of {@code username} except the one whose id is {@code keep}. */
	void endAllBut(String username, String keep) {
		this.repository.ifAvailable(sessions -> sessions.findByPrincipalName(username)
			.keySet()
			.stream()
			.filter(id -> !id.equals(keep))
			.forEach(sessions::deleteById));
	}

}
