package org.easeback.planner.store;

class PlanNotesMigrationOnH2Tests extends PlanNotesMigrationTests {

}
