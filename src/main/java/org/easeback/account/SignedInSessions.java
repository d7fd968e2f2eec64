package org.easeback.account;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends every stored session of a user, so a deleted account is signed out everywhere. */
@Component
class SignedInSessions {

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository;

	SignedInSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository) {
		this.repository = repository;
	}

	void endAll(String username) {
		this.repository
			.ifAvailable(sessions -> sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById));
	}

}
