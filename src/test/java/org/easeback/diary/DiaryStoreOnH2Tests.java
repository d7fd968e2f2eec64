package org.easeback.diary;

/** The diary's storage on the default H2 file database. */
class DiaryStoreOnH2Tests extends DiaryStoreTests {

}
