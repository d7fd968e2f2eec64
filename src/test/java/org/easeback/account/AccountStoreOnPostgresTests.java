package org.easeback.account;

import org.easeback.support.OnPostgres;

/** Accounts and sessions on a real PostgreSQL. */
@OnPostgres
class AccountStoreOnPostgresTests extends AccountStoreTests {

}
