package org.easeback.account;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A row of {@code user_account}: the email is the username. */
@Table("user_account")
class Account {

	@Id
	private Long id;

	private final String email;

	private String passwordHash;

	private final Role role;

	private final Instant createdAt;

	private String displayName;

	Account(Long id, String email, String passwordHash, Role role, Instant createdAt, String displayName) {
		this.id = id;
		this.email = email;
		this.passwordHash = passwordHash;
		this.role = role;
		this.createdAt = createdAt;
		this.displayName = displayName;
	}

	Long getId() {
		return this.id;
	}

	String getEmail() {
		return this.email;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	Role getRole() {
		return this.role;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	String getDisplayName() {
		return this.displayName;
	}

	void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

}
