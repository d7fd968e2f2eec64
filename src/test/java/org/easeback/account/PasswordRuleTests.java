package org.easeback.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Long passwords pass; short, common, repetitive or email-based ones do not. */
class PasswordRuleTests {

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
