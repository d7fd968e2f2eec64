package org.easeback.handoff.web;

import org.easeback.support.OnPostgres;

@OnPostgres
class LargestIntakeOnPostgresTests extends LargestIntakeTests {

}
