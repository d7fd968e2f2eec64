package org.easeback.diary;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.easeback.diary.DiaryFixtures.NOW;

/** The chart opens on the shortest span that holds the recent entries. */
class ChartRangeTests {

	@Test
	void aWeekOfEntriesOpensOnSevenDays() {
		assertThat(ChartRange.fitting(List.of(NOW.minus(Duration.ofDays(6)), NOW), NOW)).isEqualTo(7);
	}

	@Test
	void anEntryEightDaysAgoOpensOnThirtyDays() {
		assertThat(ChartRange.fitting(List.of(NOW.minus(Duration.ofDays(8)), NOW), NOW)).isEqualTo(30);
	}

	@Test
	void entriesOverTwoMonthsOpenOnNinetyDays() {
		assertThat(ChartRange.fitting(List.of(NOW.minus(Duration.ofDays(60)), NOW), NOW)).isEqualTo(90);
	}

	@Test
	void entriesOlderThanTheLongestSpanAreLeftOutOfTheFit() {
		assertThat(ChartRange.fitting(List.of(NOW.minus(Duration.ofDays(400)), NOW.minus(Duration.ofDays(2))), NOW))
			.isEqualTo(7);
	}

	@Test
	void noEntriesOpenOnTheLongestSpan() {
		assertThat(ChartRange.fitting(List.of(), NOW)).isEqualTo(90);
	}

	@Test
	void onlyTheOfferedSpansMayBeChosen() {
		assertThat(ChartRange.offers(30)).isTrue();
		assertThat(ChartRange.offers(14)).isFalse();
		assertThat(ChartRange.offers(null)).isFalse();
	}

}
