package org.easeback.account;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What makes a password acceptable: at least {@value #MIN_LENGTH} characters, at most
 * {@value #MAX_BYTES} bytes in UTF-8 (72 plain letters, fewer with accents or symbols),
 * not one of the most common passwords and not the email address. Length beats complexity
 * rules (NIST SP 800-63B), so there are no "one digit, one symbol" demands.
 */
public final class PasswordRule {

	/** The shortest password accepted. */
	public static final int MIN_LENGTH = 10;

	/**
	 * The longest password accepted, in UTF-8 bytes: bcrypt reads at most 72 bytes and
	 * Spring Security refuses longer ones with an exception rather than cut them.
	 */
	public static final int MAX_BYTES = 72;

	private static final Set<String> COMMON = Set.of("password", "password1", "password12", "password123",
			"password1234", "1234567890", "12345678910", "0123456789", "qwertyuiop", "qwerty1234", "qwerty123456",
			"iloveyou123", "letmein123", "welcome123", "abc1234567", "1q2w3e4r5t", "1qaz2wsx3edc", "qwertzuiop",
			"aaaaaaaaaa", "football123", "baseball123", "sunshine123", "princess123", "dragon1234", "monkey1234",
			"masterkey1", "administrator", "changeme123", "trustno1234", "passw0rd123");

	private PasswordRule() {
	}

	/** What is wrong with {@code password} for the account {@code email}, if anything. */
	public static Optional<String> problem(String password, String email) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("must have at least " + MIN_LENGTH + " characters");
		}
		if (tooLong(password)) {
			return Optional.of("must have at most " + MAX_BYTES
					+ " characters, fewer with accented letters or symbols (each counts as two or more)");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
			return Optional.of("is too easy to guess; a few unrelated words make a strong password");
		}
		if (email != null && lower.contains(email.toLowerCase(Locale.ROOT))) {
			return Optional.of("must not contain your email address");
		}
		return Optional.empty();
	}

	/**
	 * Whether {@code password} is longer than any password this rule accepts, so it can
	 * be refused as a wrong password without hashing it.
	 */
	public static boolean tooLong(CharSequence password) {
		return password != null && password.toString().getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
	}

}
