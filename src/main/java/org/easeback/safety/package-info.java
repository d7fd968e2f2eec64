/**
 * The safety check: red-flag questions, named rules, outcomes and the changes a caution
 * imposes, plus pain-episode classification.
 */
@ApplicationModule(displayName = "Safety")
package org.easeback.safety;

import org.springframework.modulith.ApplicationModule;
