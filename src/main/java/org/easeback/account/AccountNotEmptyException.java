package org.easeback.account;

/**
 * An import was refused because the account already holds records that are not in the
 * file: imports only fill an empty account, so nothing is ever mixed or duplicated.
 */
public class AccountNotEmptyException extends RuntimeException {

	private final long held;

	public AccountNotEmptyException(long held) {
		super("The account already holds " + held
				+ " records. Import only works into an empty account; delete the records first.");
		this.held = held;
	}

	/** How many records the account holds. */
	public long held() {
		return this.held;
	}

}
