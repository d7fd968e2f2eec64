package org.easeback.account;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Long passwords pass; short, common, repetitive or email-based ones do not. */
class PasswordRuleTests {

	@ParameterizedTest
	@ValueSource(strings = { "passwordpassword", "qwerty12345", "Summer2024!" })
	void theCommonPasswordsTheIssueFoundAcceptedAreRefusedSayingWhy(String password) {
		assertThat(PasswordRule.problem(password, "a@example.org"))
			.hasValueSatisfying(p -> assertThat(p).contains("10,000 most common passwords", "unrelated words"));
	}

	@Test
	void aListedPasswordFromTheEndOfTheListIsRefused() {
		assertThat(PasswordRule.problem("Smallville", "a@example.org")).isPresent();
		assertThat(PasswordRule.problem("123456789qwerty", "a@example.org")).isPresent();
	}

	@Test
	void aListedWordWithDigitsOrSymbolsAddedIsRefused() {
		assertThat(PasswordRule.problem("Dragon2024!!", "a@example.org")).isPresent();
		assertThat(PasswordRule.problem("monkey 1234567", "a@example.org")).isPresent();
	}

	@Test
	void aListedWordRepeatedIsRefused() {
		assertThat(PasswordRule.problem("MonkeyMonkey", "a@example.org")).isPresent();
		assertThat(PasswordRule.problem("qwertyqwertyqwerty", "a@example.org")).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "a calm quiet river", "violet tractor misty harbour", "Summer rain on 12 roofs!" })
	void aPassphraseOfUnrelatedWordsIsAccepted(String password) {
		assertThat(PasswordRule.problem(password, "a@example.org")).isEmpty();
	}

	@Test
	void theListHoldsTenThousandPasswordsInLowerCase() {
		assertThat(PasswordRule.commonPasswords()).hasSize(10_000)
			.contains("password", "qwerty12345", "smallville")
			.allSatisfy(p -> assertThat(p).isEqualTo(p.toLowerCase(Locale.ROOT)));
	}

	@Test
	void theListIsKeptWithItsLicenceAndItsSource() throws IOException {
		assertThat(resource(PasswordRule.COMMON_PASSWORDS_LICENCE)).contains("Dropbox", "Permission is hereby granted");
		assertThat(resource("common-passwords-SOURCE.md")).contains("zxcvbn", "4.4.2", "first 10,000");
	}

	private static String resource(String name) throws IOException {
		try (InputStream in = PasswordRule.class.getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void aPassphraseOfTenOrMoreCharactersIsAccepted() {
		assertThat(PasswordRule.problem("a calm quiet river", "a@example.org")).isEmpty();
	}

	@Test
	void nineCharactersAreTooFew() {
		assertThat(PasswordRule.problem("abcdefghi", "a@example.org"))
			.hasValueSatisfying(p -> assertThat(p).contains("10"));
	}

	@Test
	void aCommonPasswordIsRefusedWhateverItsCase() {
		assertThat(PasswordRule.problem("Password123", "a@example.org")).isPresent();
		assertThat(PasswordRule.problem("1234567890", "a@example.org")).isPresent();
	}

	@Test
	void oneCharacterRepeatedIsRefused() {
		assertThat(PasswordRule.problem("zzzzzzzzzzzz", "a@example.org")).isPresent();
	}

	@Test
	void thePasswordMustNotContainTheEmail() {
		assertThat(PasswordRule.problem("xx-jo@example.org-xx", "jo@example.org")).isPresent();
	}

	@Test
	void moreThan72CharactersAreRefusedBecauseBcryptWouldIgnoreThem() {
		assertThat(PasswordRule.problem("x1y2".repeat(19), "a@example.org")).isPresent();
	}

	@Test
	void seventyTwoBytesOfAccentedLettersAreAccepted() {
		// 36 characters of two bytes each
		assertThat(PasswordRule.problem("éàüö".repeat(9), "a@example.org")).isEmpty();
	}

	@Test
	void fiftyCharactersWithAccentsOverSeventyTwoBytesAreRefusedNamingTheLimit() {
		String accented = "déjà été ".repeat(5) + "çàéèê";

		assertThat(PasswordRule.problem(accented, "a@example.org"))
			.hasValueSatisfying(p -> assertThat(p).contains("at most 72 characters", "accented"));
		assertThat(PasswordRule.tooLong(accented)).isTrue();
	}

	@Test
	void seventyTwoPlainCharactersAreNotTooLong() {
		assertThat(PasswordRule.tooLong("x1y2".repeat(18))).isFalse();
		assertThat(PasswordRule.tooLong(null)).isFalse();
	}

}
