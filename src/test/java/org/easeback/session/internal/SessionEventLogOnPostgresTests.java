package org.easeback.session.internal;

import org.easeback.support.OnPostgres;

@OnPostgres
class SessionEventLogOnPostgresTests extends SessionEventLogTests {

}
