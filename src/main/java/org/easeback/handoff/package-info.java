/**
 * Intake profile, printable and PDF summary, FHIR R4 export and consented sharing with
 * therapists.
 */
@ApplicationModule(displayName = "Hand-off")
package org.easeback.handoff;

import org.springframework.modulith.ApplicationModule;
