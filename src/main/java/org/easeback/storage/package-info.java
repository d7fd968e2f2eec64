/**
 * What EaseBack does when its database cannot write (a full disk, a failing volume):
 * tells such failures apart from other errors, takes the instance out of readiness until
 * a write succeeds again, and gets the connection pool past a database H2 closed.
 */
@ApplicationModule(displayName = "Storage")
package org.easeback.storage;

import org.springframework.modulith.ApplicationModule;
