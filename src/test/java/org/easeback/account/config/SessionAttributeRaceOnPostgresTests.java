package org.easeback.account.config;

import org.easeback.support.OnPostgres;

/** Session attributes added twice at once, on a real PostgreSQL. */
@OnPostgres
class SessionAttributeRaceOnPostgresTests extends SessionAttributeRaceTests {

}
