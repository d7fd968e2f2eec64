package org.easeback.session.internal;

class FinishedSessionsOnH2Tests extends FinishedSessionsTests {

}
