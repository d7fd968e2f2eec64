/**
 * Therapist dashboard, SOAP notes and home routines assigned to clients.
 */
package org.easeback.therapist;
