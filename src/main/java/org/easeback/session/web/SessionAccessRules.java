package org.easeback.session.web;

import java.util.List;

import org.easeback.shared.AccessRules;

import org.springframework.stereotype.Component;

/** The player and its events need no account: a plan is reached by its link. */
@Component
class SessionAccessRules implements AccessRules {

	@Override
	public List<String> anyone() {
		return List.of("/sessions/**", "/api/v1/plans/*/events");
	}

}
