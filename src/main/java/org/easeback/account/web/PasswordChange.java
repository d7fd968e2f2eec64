package org.easeback.account.web;

/**
 * The account page's change-password form; the rules are the account's own.
 *
 * @param currentPassword as typed
 * @param newPassword as typed
 */
record PasswordChange(String currentPassword, String newPassword) {

}
