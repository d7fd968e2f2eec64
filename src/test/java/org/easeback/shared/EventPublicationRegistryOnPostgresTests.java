package org.easeback.shared;

import org.easeback.support.OnPostgres;

/** The event publication registry on a real PostgreSQL. */
@OnPostgres
class EventPublicationRegistryOnPostgresTests extends EventPublicationRegistryTests {

}
