/**
 * Users, roles, registration, login, and export and deletion of a user's data.
 */
@ApplicationModule(displayName = "Account")
package org.easeback.account;

import org.springframework.modulith.ApplicationModule;
