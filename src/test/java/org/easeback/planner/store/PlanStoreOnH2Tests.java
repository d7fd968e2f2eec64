package org.easeback.planner.store;

class PlanStoreOnH2Tests extends PlanStoreTests {

}
