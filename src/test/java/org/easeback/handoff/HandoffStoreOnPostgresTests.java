package org.easeback.handoff;

import org.easeback.support.OnPostgres;

/** The hand-off's storage on a real PostgreSQL. */
@OnPostgres
class HandoffStoreOnPostgresTests extends HandoffStoreTests {

}
