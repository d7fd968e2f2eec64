/**
 * Therapist dashboard, SOAP notes and home routines assigned to clients.
 */
@ApplicationModule(displayName = "Therapist")
package org.easeback.therapist;

import org.springframework.modulith.ApplicationModule;
