package org.easeback.account.web;

/**
 * The account page's display name form.
 *
 * @param displayName the name to be known by; blank removes it
 */
record Naming(String displayName) {

}
