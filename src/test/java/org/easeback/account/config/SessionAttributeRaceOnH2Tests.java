package org.easeback.account.config;

/** Session attributes added twice at once, on the default H2 file database. */
class SessionAttributeRaceOnH2Tests extends SessionAttributeRaceTests {

}
