package org.easeback.shared;

/** The event publication registry on the default H2 file database. */
class EventPublicationRegistryOnH2Tests extends EventPublicationRegistryTests {

}
