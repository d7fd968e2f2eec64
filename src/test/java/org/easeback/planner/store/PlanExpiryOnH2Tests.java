package org.easeback.planner.store;

class PlanExpiryOnH2Tests extends PlanExpiryTests {

}
