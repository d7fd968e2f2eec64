/**
 * Value types truly shared by every module: identifiers and the clock.
 */
package org.easeback.shared;
