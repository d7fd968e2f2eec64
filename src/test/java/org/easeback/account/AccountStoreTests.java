package org.easeback.account;

import java.util.UUID;

import org.easeback.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Accounts and the session tables, written once and run on H2 and on PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class AccountStoreTests {

	private static final String PASSWORD = "a calm quiet river";

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	JdbcClient jdbc;

	private static String someone() {
		return "User-" + UUID.randomUUID() + "@Example.org";
	}

	@Test
	void aRegisteredAccountSignsInByItsEmailInLowerCaseWithABcryptHash() {
		String email = someone();
		this.accounts.register(email, PASSWORD, Role.THERAPIST);

		var user = this.users.loadUserByUsername(email.toUpperCase());
		assertThat(user.getUsername()).isEqualTo(email.toLowerCase());
		assertThat(user.getPassword()).startsWith("{bcrypt}");
		assertThat(this.passwords.matches(PASSWORD, user.getPassword())).isTrue();
		assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_THERAPIST");
	}

	@Test
	void anEmailCanHaveOnlyOneAccount() {
		String email = someone();
		this.accounts.register(email, PASSWORD, Role.CLIENT);

		assertThatThrownBy(() -> this.accounts.register(email.toLowerCase(), PASSWORD, Role.CLIENT))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems()).extracting("field").containsExactly("email"));
	}

	@Test
	void aChangedPasswordReplacesTheOldOne() {
		String email = someone();
		this.accounts.register(email, PASSWORD, Role.CLIENT);

		this.accounts.changePassword(email, PASSWORD, "another long passphrase", null);

		String hash = this.users.loadUserByUsername(email).getPassword();
		assertThat(this.passwords.matches("another long passphrase", hash)).isTrue();
		assertThat(this.passwords.matches(PASSWORD, hash)).isFalse();
	}

	@Test
	void deletingNeedsTheEmailTypedAndThenRemovesTheAccount() {
		String email = someone();
		this.accounts.register(email, PASSWORD, Role.CLIENT);

		assertThatThrownBy(() -> this.accounts.delete(email, "someone-else@example.org"))
			.isInstanceOf(InvalidInputException.class);
		this.accounts.delete(email, email.toUpperCase());

		assertThat(this.accounts.find(email)).isEmpty();
	}

	@Test
	void theSessionTablesHoldASessionWithABinaryAttribute() {
		String id = UUID.randomUUID().toString();
		this.jdbc
			.sql("INSERT INTO spring_session (primary_id, session_id, creation_time, last_access_time, "
					+ "max_inactive_interval, expiry_time, principal_name) VALUES (:id, :id, 1, 1, 1800, 2, 'x')")
			.param("id", id)
			.update();
		this.jdbc
			.sql("INSERT INTO spring_session_attributes (session_primary_id, attribute_name, attribute_bytes) "
					+ "VALUES (:id, 'SPRING_SECURITY_CONTEXT', :bytes)")
			.param("id", id)
			.param("bytes", new byte[] { 1, 2, 3 })
			.update();

		this.jdbc.sql("DELETE FROM spring_session WHERE primary_id = :id").param("id", id).update();

		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM spring_session_attributes WHERE session_primary_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isZero();
	}

}
