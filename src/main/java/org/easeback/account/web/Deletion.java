package org.easeback.account.web;

/**
 * The account page's delete form.
 *
 * @param confirmEmail the email typed to confirm, which must be the account's
 */
record Deletion(String confirmEmail) {

}
