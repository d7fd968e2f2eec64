package org.easeback.web;

/** The same text is accepted on both databases: here on H2, the default database. */
class StoredTextOnH2Tests extends StoredTextTests {

}
