package org.easeback.planner.store;

import org.easeback.support.OnPostgres;

@OnPostgres
class PlanStoreOnPostgresTests extends PlanStoreTests {

}
