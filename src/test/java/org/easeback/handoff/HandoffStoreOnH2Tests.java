package org.easeback.handoff;

/** The hand-off's storage on the default H2 file database. */
class HandoffStoreOnH2Tests extends HandoffStoreTests {

}
