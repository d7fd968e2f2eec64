package org.easeback.account;

/** Accounts and sessions on the default H2 file database. */
class AccountStoreOnH2Tests extends AccountStoreTests {

}
