package org.easeback.session.internal;

import java.util.Locale;

import org.easeback.planner.Mode;
import org.easeback.safety.SafetyFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.context.support.MessageSourceAccessor;

import static org.assertj.core.api.Assertions.assertThat;

class StopAdviceTests {

	private final MessageSourceAccessor messages = new MessageSourceAccessor(SafetyFixtures.messages(), Locale.ENGLISH);

	private String words(StopAdvice advice) {
		return String.join(" ", advice.advice().stream().map(this.messages::getMessage).toList());
	}

	@Test
	void shouldSendSharpOrShootingPainToAClinician() {
		StopAdvice advice = StopAdvice.of(3, true, Mode.PARTNER);

		assertThat(advice.seeClinician()).isTrue();
		assertThat(words(advice)).contains("doctor or physiotherapist", "urgent care");
	}

	@Test
	void shouldSendStrongPainToAClinicianFromSevenUp() {
		assertThat(StopAdvice.of(6, false, Mode.SELF).seeClinician()).isFalse();
		assertThat(StopAdvice.of(7, false, Mode.SELF).seeClinician()).isTrue();
	}

	@ParameterizedTest
	@EnumSource(Mode.class)
	void shouldNeverTellAnyoneToCarryOnAfterAStop(Mode mode) {
		for (int pain = 0; pain <= 10; pain++) {
			for (boolean sharp : new boolean[] { true, false }) {
				String words = words(StopAdvice.of(pain, sharp, mode)).toLowerCase(Locale.ENGLISH);
				assertThat(words).contains("over for today")
					.doesNotContain("keep going", "carry on", "continue the massage", "resume");
			}
		}
	}

	@Test
	void someoneMassagingThemselvesIsNeverToldToTakeTheirHandsOffAnotherPersonsBack() {
		for (int pain = 0; pain <= 10; pain++) {
			for (boolean sharp : new boolean[] { true, false }) {
				String words = words(StopAdvice.of(pain, sharp, Mode.SELF)).toLowerCase(Locale.ENGLISH);
				assertThat(words).doesNotContain("their back", "cover the back", "help them", "they ");
			}
		}
	}

	@Test
	void theGiverIsToldToTakeTheirHandsAwayAndLookAfterTheReceiver() {
		String words = words(StopAdvice.of(2, false, Mode.PARTNER)).toLowerCase(Locale.ENGLISH);

		assertThat(words).contains("hands away", "their back");
		assertThat(words(StopAdvice.of(9, false, Mode.PARTNER)).toLowerCase(Locale.ENGLISH)).contains("they");
	}

	@Test
	void someoneAtATherapistsVisitAsksTheTherapistToStop() {
		assertThat(words(StopAdvice.of(2, false, Mode.THERAPIST_VISIT)).toLowerCase(Locale.ENGLISH))
			.contains("therapist");
	}

}
