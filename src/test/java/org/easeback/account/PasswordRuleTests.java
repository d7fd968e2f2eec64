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

}
