package org.easeback.session.web;

import java.util.Locale;

import org.easeback.planner.Phase;
import org.easeback.safety.SafetyFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.MessageSourceAccessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** The player names each part of a session from {@code messages.properties}. */
class PlayerWordsTests {

	private final MessageSourceAccessor messages = new MessageSourceAccessor(SafetyFixtures.messages(), Locale.ENGLISH);

	@Test
	void everyPartOfASessionHasItsName() {
		assertThat(Phase.values()).allSatisfy(phase -> assertThatNoException().as(phase.name())
			.isThrownBy(() -> this.messages.getMessage("player.phase." + phase.name())));
	}

	@Test
	void aStepsDurationNamesWholeMinutesWithoutZeroSeconds() {
		assertThat(duration(60)).isEqualToIgnoringWhitespace("— 1 min");
		assertThat(duration(360)).isEqualToIgnoringWhitespace("— 6 min");
		assertThat(duration(90)).isEqualTo("— 1 min 30 s");
		assertThat(duration(45)).isEqualTo("— 45 s");
	}

	/**
	 * As the player's list of steps asks for it: whole minutes, then the seconds left.
	 */
	private String duration(int seconds) {
		return this.messages.getMessage("player.step.duration", new Object[] { seconds / 60, seconds % 60 });
	}

}
