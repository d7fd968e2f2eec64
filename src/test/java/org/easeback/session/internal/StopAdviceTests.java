package org.easeback.session.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StopAdviceTests {

	@Test
	void shouldSendSharpOrShootingPainToAClinician() {
		StopAdvice advice = StopAdvice.of(3, true);

		assertThat(advice.seeClinician()).isTrue();
		assertThat(String.join(" ", advice.advice())).contains("doctor or physiotherapist", "urgent care");
	}

	@Test
	void shouldSendStrongPainToAClinicianFromSevenUp() {
		assertThat(StopAdvice.of(6, false).seeClinician()).isFalse();
		assertThat(StopAdvice.of(7, false).seeClinician()).isTrue();
	}

	@Test
	void shouldNeverTellAnyoneToCarryOnAfterAStop() {
		for (int pain = 0; pain <= 10; pain++) {
			for (boolean sharp : new boolean[] { true, false }) {
				String words = String.join(" ", StopAdvice.of(pain, sharp).advice()).toLowerCase();
				assertThat(words).contains("over for today")
					.doesNotContain("keep going", "carry on", "continue the massage", "resume");
			}
		}
	}

}
