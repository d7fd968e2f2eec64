/**
 * Builds ordered, timed massage and self-care sessions from a request, the safety outcome
 * and the content.
 */
@ApplicationModule(displayName = "Planner")
package org.easeback.planner;

import org.springframework.modulith.ApplicationModule;
