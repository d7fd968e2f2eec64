/**
 * Account pages and API: sign in, registration, the account page and its API.
 */
package org.easeback.account.web;
