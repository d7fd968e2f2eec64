/**
 * Storage details shared by every module: durable commits on the embedded H2 file
 * database.
 */
package org.easeback.shared.storage;
