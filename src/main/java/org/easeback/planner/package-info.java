/**
 * Builds ordered, timed massage and self-care sessions from a request, the safety outcome
 * and the content.
 */
package org.easeback.planner;
