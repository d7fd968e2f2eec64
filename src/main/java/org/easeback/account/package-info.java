/**
 * Users, roles, registration, login, and export and deletion of a user's data.
 */
package org.easeback.account;
