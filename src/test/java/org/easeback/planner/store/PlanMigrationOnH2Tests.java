package org.easeback.planner.store;

class PlanMigrationOnH2Tests extends PlanMigrationTests {

}
