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

}
