package org.easeback.diary;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.easeback.diary.DiaryFixtures.NOW;
import static org.easeback.diary.DiaryFixtures.entriesEvery;
import static org.easeback.diary.DiaryFixtures.openEpisodeStarted;

/** The "see a clinician" notices SAFETY.md requires, each with its reason. */
class NoticeRulesTests {

	private static final org.easeback.shared.Words WORDS = DiaryFixtures.words();

	private static final Duration DAY = Duration.ofDays(1);

	private static List<Notice> notices(List<Entry> entries, Optional<Episode> episode) {
		return NoticeRules.standard()
			.check(new DiaryFacts(entries.stream().map(PainReading::of).toList(), episode, NOW));
	}

	private static List<Notice.Kind> kinds(List<Entry> entries) {
		return notices(entries, Optional.empty()).stream().map(Notice::kind).toList();
	}

	@Test
	void threeEntriesOfEightOrMoreInARowShowASeeAClinicianNotice() {
		List<Notice> notices = notices(entriesEvery(Duration.ofHours(6), 3, 8, 9, 10), Optional.empty());

		assertThat(notices).extracting(Notice::kind).containsExactly(Notice.Kind.SEVERE_THREE_IN_A_ROW);
		assertThat(WORDS.get(notices.get(0).reason())).contains("three entries in a row", "8 to 10");
	}

	@Test
	void twoSevereEntriesInARowAreNotEnough() {
		assertThat(kinds(entriesEvery(Duration.ofHours(6), 8, 2, 9, 10))).isEmpty();
	}

	@Test
	void aLowerLatestEntryBreaksTheRun() {
		assertThat(kinds(entriesEvery(Duration.ofHours(6), 8, 9, 10, 7))).isEmpty();
	}

	@Test
	void exactlyEightCountsAsSevere() {
		assertThat(kinds(entriesEvery(Duration.ofHours(6), 8, 8, 8))).contains(Notice.Kind.SEVERE_THREE_IN_A_ROW);
	}

	@Test
	void painRisingSteadilyOverTwoWeeksShowsARisingPainNotice() {
		List<Notice> notices = notices(entriesEvery(Duration.ofDays(3), 2, 3, 4, 5, 6), Optional.empty());

		assertThat(notices).extracting(Notice::kind).containsExactly(Notice.Kind.RISING_PAIN);
		assertThat(WORDS.get(notices.get(0).reason())).contains("14 days", "5 entries", "a week");
	}

	@Test
	void flatPainDoesNotShowARisingNotice() {
		assertThat(kinds(entriesEvery(DAY, 5, 5, 5, 5, 5, 5))).isEmpty();
	}

	@Test
	void aSlopeOfExactlyOneTenthPerDayIsNotRising() {
		// least-squares slope of these six entries over ten days is exactly 0.1 per day
		assertThat(kinds(entriesEvery(Duration.ofDays(2), 5, 5, 4, 6, 5, 6))).doesNotContain(Notice.Kind.RISING_PAIN);
	}

	@Test
	void threeEntriesAreTooFewToCallATrend() {
		assertThat(kinds(entriesEvery(Duration.ofDays(4), 1, 4, 7))).isEmpty();
	}

	@Test
	void entriesOlderThanFourteenDaysDoNotCountTowardsTheTrend() {
		// four rising entries, but two of them are 15 and 18 days old
		assertThat(kinds(entriesEvery(Duration.ofDays(3), 1, 2, 3, 4, 5, 6).subList(0, 4))).isEmpty();
	}

	@Test
	void entriesAllOnOneDayAreNotATrendOverTwoWeeks() {
		assertThat(kinds(entriesEvery(Duration.ofHours(2), 1, 3, 5, 7))).doesNotContain(Notice.Kind.RISING_PAIN);
	}

	@Test
	void anOpenEpisodePastTwelveWeeksShowsALongEpisodeNotice() {
		List<Notice> notices = notices(List.of(), Optional.of(openEpisodeStarted(13)));

		assertThat(notices).extracting(Notice::kind).containsExactly(Notice.Kind.LONG_EPISODE);
		assertThat(WORDS.get(notices.get(0).reason())).contains("13 weeks", "more than 12");
	}

	@Test
	void anEpisodeOfExactlyTwelveWeeksIsNotYetLong() {
		assertThat(notices(List.of(), Optional.of(openEpisodeStarted(12)))).isEmpty();
	}

	@Test
	void everyNoticeSaysToSeeAClinician() {
		List<Notice> notices = notices(entriesEvery(Duration.ofDays(3), 2, 4, 6, 8, 9, 10),
				Optional.of(openEpisodeStarted(20)));

		assertThat(notices).hasSize(3)
			.allSatisfy(n -> assertThat(WORDS.get(n.reason())).doesNotContain("{").contains("clinician"));
	}

}
