package org.easeback.planner.store;

class LastUseMigrationOnH2Tests extends LastUseMigrationTests {

}
