package org.easeback.handoff;

import java.security.SecureRandom;

/**
 * Makes share codes: 10 characters from an alphabet without look-alikes (no 0/O, 1/I/L),
 * about 49 bits from {@link SecureRandom}.
 */
final class ShareCodes {

	static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	static final int LENGTH = 10;

	private static final SecureRandom RANDOM = new SecureRandom();

	private ShareCodes() {
	}

	static String next() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/**
	 * What someone typed, in the form codes are stored in (upper case, no spaces or
	 * dashes).
	 */
	static String normalise(String typed) {
		return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
	}

}
