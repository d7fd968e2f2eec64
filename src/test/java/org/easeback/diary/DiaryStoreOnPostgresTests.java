package org.easeback.diary;

import org.easeback.support.OnPostgres;

/** The diary's storage on a real PostgreSQL. */
@OnPostgres
class DiaryStoreOnPostgresTests extends DiaryStoreTests {

}
