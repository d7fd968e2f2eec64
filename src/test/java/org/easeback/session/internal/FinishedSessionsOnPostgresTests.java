package org.easeback.session.internal;

import org.easeback.support.OnPostgres;

@OnPostgres
class FinishedSessionsOnPostgresTests extends FinishedSessionsTests {

}
