package org.easeback.therapist;

import org.easeback.support.OnPostgres;

/** The therapist module's storage on a real PostgreSQL. */
@OnPostgres
class TherapistStoreOnPostgresTests extends TherapistStoreTests {

}
