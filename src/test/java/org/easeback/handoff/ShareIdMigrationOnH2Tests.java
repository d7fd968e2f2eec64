package org.easeback.handoff;

class ShareIdMigrationOnH2Tests extends ShareIdMigrationTests {

}
