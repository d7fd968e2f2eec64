/**
 * Server side of the guided player: running sessions, pressure feedback and stop events.
 */
package org.easeback.session;
