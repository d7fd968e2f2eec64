package org.easeback.diary;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.easeback.diary.DiaryFixtures.session;

/** "What helps": the user's own numbers per mode and technique, only from 3 sessions. */
class WhatHelpsTests {

	@Test
	void twoSessionsOfAModeShowNoFigure() {
		assertThat(WhatHelps.of(List.of(session("SELF", 6, 4), session("SELF", 5, 5))).byMode()).isEmpty();
	}

	@Test
	void threeSessionsShowTheMeanChangeWithNRangeAndSpread() {
		WhatHelps figures = WhatHelps
			.of(List.of(session("SELF", 6, 4, "tennis-balls"), session("SELF", 5, 5, "tennis-balls"),
					session("SELF", 7, 4, "tennis-balls", "knee-to-chest"), session("PARTNER", 5, 2)));

		ChangeFigure self = figures.byMode().get(0);
		assertThat(figures.byMode()).hasSize(1);
		assertThat(self.group()).isEqualTo("SELF");
		assertThat(self.n()).isEqualTo(3);
		assertThat(self.mean()).isEqualTo(-1.7);
		assertThat(self.min()).isEqualTo(-3);
		assertThat(self.max()).isZero();
		assertThat(self.sd()).isEqualTo(1.5);
		assertThat(figures.byTechnique()).extracting(ChangeFigure::group).containsExactly("tennis-balls");
		assertThat(self.sentence())
			.isEqualTo("your numbers show an average change of -1.7 (n = 3, range -3 to +0, SD 1.5)");
	}

	@Test
	void sessionsWithoutBothScoresAreLeftOut() {
		GuidedSession stopped = new GuidedSession(0, java.util.UUID.randomUUID(), "SELF", 15, List.of(), 6, null, true,
				8, true, List.of(), DiaryFixtures.NOW);

		WhatHelps figures = WhatHelps.of(List.of(session("SELF", 6, 4), session("SELF", 5, 5), stopped));

		assertThat(figures.sessionsWithScores()).isEqualTo(2);
		assertThat(figures.byMode()).isEmpty();
	}

	@Test
	void theWordingNeverClaimsThatMassageWorks() {
		ChangeFigure figure = ChangeFigure.of("SELF", List.of(-2, -1, -3));

		assertThat(figure.sentence()).startsWith("your numbers show").doesNotContain("works", "helps", "effective");
	}

}
