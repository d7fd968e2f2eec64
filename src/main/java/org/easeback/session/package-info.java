/**
 * Server side of the guided player: running sessions, pressure feedback and stop events.
 */
@ApplicationModule(displayName = "Session")
package org.easeback.session;

import org.springframework.modulith.ApplicationModule;
