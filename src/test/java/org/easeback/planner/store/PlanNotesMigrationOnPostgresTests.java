package org.easeback.planner.store;

import org.easeback.support.OnPostgres;

@OnPostgres
class PlanNotesMigrationOnPostgresTests extends PlanNotesMigrationTests {

}
