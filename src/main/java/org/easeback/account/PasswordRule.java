package org.easeback.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What makes a password acceptable: at least {@value #MIN_LENGTH} characters, at most
 * {@value #MAX_BYTES} bytes in UTF-8 (72 plain letters, fewer with accents or symbols),
 * not one of the {@value #COMMON_COUNT} most common passwords and not the email address.
 * Length and a blocklist beat complexity rules (NIST SP 800-63B), so there are no "one
 * digit, one symbol" demands.
 * <p>
 * The common passwords are zxcvbn's list (files {@code common-passwords*} beside this
 * class: the list, its MIT licence and where it came from). Guessers try a listed word
 * with digits or symbols added and a listed word repeated first, so those are refused
 * too: {@code Summer2024!} is {@code summer} and {@code passwordpassword} is
 * {@code password}. The texts are in {@code messages.properties}, shared with the pages.
 */
public final class PasswordRule {

	/** The shortest password accepted. */
	public static final int MIN_LENGTH = 10;

	/**
	 * The longest password accepted, in UTF-8 bytes: bcrypt reads at most 72 bytes and
	 * Spring Security refuses longer ones with an exception rather than cut them.
	 */
	public static final int MAX_BYTES = 72;

	/** How many common passwords are refused. */
	public static final int COMMON_COUNT = 10_000;

	/** The list of common passwords, a resource beside this class. */
	static final String COMMON_PASSWORDS = "common-passwords.txt";

	/** Its licence, kept with it. */
	static final String COMMON_PASSWORDS_LICENCE = "common-passwords-LICENSE.txt";

	/**
	 * Digits, ASCII punctuation and spaces at the end: what guessers append to a word.
	 */
	private static final Pattern ADDED_AT_THE_END = Pattern.compile("[\\s0-9\\p{Punct}]+$");

	private static final Set<String> COMMON = load();

	private static final ResourceBundle TEXTS = ResourceBundle.getBundle("messages", Locale.ROOT,
			ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

	private PasswordRule() {
	}

	/** What is wrong with {@code password} for the account {@code email}, if anything. */
	public static Optional<String> problem(String password, String email) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of(text("password.tooShort", MIN_LENGTH));
		}
		if (tooLong(password)) {
			return Optional.of(text("password.tooLong", MAX_BYTES));
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (common(lower)) {
			return Optional.of(text("password.common"));
		}
		if (lower.chars().distinct().count() < 4) {
			return Optional.of(text("password.repetitive"));
		}
		if (email != null && lower.contains(email.toLowerCase(Locale.ROOT))) {
			return Optional.of(text("password.containsEmail"));
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

	/** The common passwords, in lower case. */
	static Set<String> commonPasswords() {
		return COMMON;
	}

	/**
	 * Whether a lower-case password is listed, as it is, without what was added at its
	 * end, or as a listed word repeated.
	 */
	private static boolean common(String lower) {
		return listed(lower) || listed(ADDED_AT_THE_END.matcher(lower).replaceFirst(""));
	}

	private static boolean listed(String candidate) {
		return !candidate.isEmpty() && (COMMON.contains(candidate) || COMMON.contains(repeatedUnit(candidate)));
	}

	/** The shortest text that repeated makes {@code text}: "ab" for "ababab". */
	private static String repeatedUnit(String text) {
		int length = text.length();
		for (int unit = 1; unit <= length / 2; unit++) {
			if (length % unit == 0 && text.substring(0, unit).repeat(length / unit).equals(text)) {
				return text.substring(0, unit);
			}
		}
		return text;
	}

	private static String text(String key, Object... arguments) {
		String pattern = TEXTS.getString(key);
		return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
	}

	private static Set<String> load() {
		try (InputStream in = PasswordRule.class.getResourceAsStream(COMMON_PASSWORDS)) {
			if (in == null) {
				throw new IllegalStateException(COMMON_PASSWORDS + " is missing beside " + PasswordRule.class);
			}
			try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				return lines.lines()
					.map(String::strip)
					.filter(line -> !line.isEmpty())
					.map(line -> line.toLowerCase(Locale.ROOT))
					.collect(Collectors.toUnmodifiableSet());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
