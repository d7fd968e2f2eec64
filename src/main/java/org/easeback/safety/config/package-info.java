/**
 * Spring wiring of the safety check.
 */
package org.easeback.safety.config;
