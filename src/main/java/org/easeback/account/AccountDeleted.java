package org.easeback.account;

import java.util.Objects;

/**
 * Published, in the transaction that removes the account, when someone deletes their
 * account. Every module that keeps personal data listens to it and deletes everything it
 * holds for {@code username}.
 *
 * @param username the deleted account's username (its email address)
 */
public record AccountDeleted(String username) {

	public AccountDeleted {
		Objects.requireNonNull(username, "username");
	}

}
