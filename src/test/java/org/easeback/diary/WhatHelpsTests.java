package org.easeback.diary;

import java.util.List;

import org.easeback.shared.Words;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.easeback.diary.DiaryFixtures.session;

/** "What helps": the user's own numbers per mode and technique, only from 3 sessions. */
class WhatHelpsTests {

	private final Words words = DiaryFixtures.words();

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
	}

	@Test
	void aModeIsSaidInPlainWordsWithTheAveragesBeforeAndAfter() {
		ChangeFigure partner = WhatHelps
			.of(List.of(session("PARTNER", 7, 4), session("PARTNER", 6, 4), session("PARTNER", 5, 4)))
			.byMode()
			.get(0);

		assertThat(this.words.get(partner.sentence(this.words.get("diary.helps.mode.PARTNER"))))
			.isEqualTo("After your 3 partner massages your pain was about 2 points lower (6 → 4 on average).");
		assertThat(this.words.get(partner.spread())).isEqualTo("Session by session: from 3 points lower to "
				+ "1 point lower, most within about 1 point of the average.");
	}

	@Test
	void aSmallChangeIsAboutTheSameAndARiseIsHigher() {
		ChangeFigure flat = ChangeFigure.of("SELF", List.of(0, 1, -1), List.of(5, 5, 6), List.of(5, 6, 5));
		ChangeFigure worse = ChangeFigure.of("SELF", List.of(1, 1, 2), List.of(4, 4, 5), List.of(5, 5, 7));

		assertThat(this.words.get(flat.sentence("self-massages"))).contains("your pain was about the same (5.3 → 5.3");
		assertThat(this.words.get(worse.sentence("self-massages"))).contains("about 1 point higher (4.3 → 5.7");
		assertThat(this.words.get(worse.spread()))
			.startsWith("Session by session: from 1 point higher to 2 points higher");
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
		ChangeFigure figure = ChangeFigure.of("SELF", List.of(-2, -1, -3), List.of(6, 5, 7), List.of(4, 4, 4));

		assertThat(this.words.get(figure.sentence("self-massages")) + this.words.get(figure.spread()))
			.startsWith("After your 3 self-massages your pain was")
			.doesNotContain("works", "helps", "effective", "because");
	}

}
