package org.easeback.web;

import org.easeback.support.OnPostgres;

/** The same text is accepted on both databases: here on a real PostgreSQL. */
@OnPostgres
class StoredTextOnPostgresTests extends StoredTextTests {

}
