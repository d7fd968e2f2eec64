/**
 * Intake profile, printable and PDF summary, FHIR R4 export and consented sharing with
 * therapists.
 */
package org.easeback.handoff;
