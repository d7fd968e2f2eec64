package org.easeback.account;

import java.time.Instant;

/**
 * What an account is, without its password hash.
 *
 * @param email the username
 * @param role client or therapist
 * @param createdAt when it was registered
 */
public record AccountView(String email, Role role, Instant createdAt) {

}
