package org.easeback.therapist;

/** The therapist module's storage on the default H2 file database. */
class TherapistStoreOnH2Tests extends TherapistStoreTests {

}
