/**
 * Spring wiring of accounts: the security policy and the password encoder.
 */
package org.easeback.account.config;
