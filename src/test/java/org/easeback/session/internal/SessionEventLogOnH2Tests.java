package org.easeback.session.internal;

class SessionEventLogOnH2Tests extends SessionEventLogTests {

}
