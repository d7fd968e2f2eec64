package org.easeback.handoff;

import org.easeback.support.OnPostgres;

@OnPostgres
class ShareIdMigrationOnPostgresTests extends ShareIdMigrationTests {

}
