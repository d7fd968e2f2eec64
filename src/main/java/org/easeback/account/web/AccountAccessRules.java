package org.easeback.account.web;

import java.util.List;

import org.easeback.shared.AccessRules;

import org.springframework.stereotype.Component;

/** Signing in and registering are open; the account pages and API need the account. */
@Component
class AccountAccessRules implements AccessRules {

	@Override
	public List<String> anyone() {
		return List.of("/register", "/login");
	}

	@Override
	public List<String> signedIn() {
		return List.of("/account/**", "/api/v1/account/**");
	}

}
