/**
 * Value types truly shared by every module: identifiers and the clock.
 */
@ApplicationModule(displayName = "Shared")
package org.easeback.shared;

import org.springframework.modulith.ApplicationModule;
