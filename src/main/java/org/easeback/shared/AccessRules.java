package org.easeback.shared;

import java.util.List;

/**
 * The addresses a module serves and who may use them, as Spring path patterns. Each
 * module with pages or an API declares its own as a bean and the security configuration
 * collects them, so no module lists another's addresses. An address that maps to a
 * controller and that no module declares needs an account.
 */
public interface AccessRules {

	/** Addresses anyone may use, signed in or not. */
	default List<String> anyone() {
		return List.of();
	}

	/** Addresses that need an account. */
	default List<String> signedIn() {
		return List.of();
	}

	/** Addresses that need the therapist role. */
	default List<String> therapists() {
		return List.of();
	}

}
