/**
 * The hand-off's pages and API: the intake form, sharing, the summary (HTML and PDF) and
 * the FHIR export.
 */
package org.easeback.handoff.web;
