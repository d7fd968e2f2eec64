package org.easeback.diary.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.easeback.diary.DiaryTag;
import org.easeback.diary.Entry;
import org.easeback.diary.PainScore;
import org.easeback.diary.Peg;
import org.easeback.diary.RegionPain;
import org.easeback.shared.Region;
import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineRowTests {

	/** The application's own words, as the page reads them. */
	private static final MessageSource MESSAGES = messages();

	private static final Instant MONDAY_MORNING = Instant.parse("2025-06-16T07:30:00Z");

	private static final Entry FULL = new Entry(42, 3, MONDAY_MORNING, new PainScore(6),
			new Peg(new PainScore(5), new PainScore(4), new PainScore(4)),
			List.of(new RegionPain(Region.LUMBAR_LEFT, new PainScore(7)),
					new RegionPain(Region.GLUTE_RIGHT, new PainScore(3))),
			Set.of(DiaryTag.STRESS, DiaryTag.AFTER_SITTING, DiaryTag.MORNING), "after the long drive");

	private static final Entry BARE = new Entry(7, 0, MONDAY_MORNING, new PainScore(2), Peg.NONE, List.of(), Set.of(),
			null);

	/** The body map's names, from the content library. */
	private static final org.easeback.content.ContentLibrary LIBRARY = org.easeback.content.ContentLibrary.standard();

	private static final java.util.function.Function<Region, String> AREAS = (region) -> LIBRARY.region(region).name();

	private static MessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Test
	void aFullEntryReadsAsThePageShowsIt() {
		TimelineRow row = TimelineRow.of(List.of(FULL), ZoneOffset.UTC, Locale.UK, "", MESSAGES, AREAS).get(0);

		assertThat(row).isEqualTo(new TimelineRow(42, "Mon 16 Jun 2025, 07:30", 6, "(PEG 4.3)",
				"Lower back, left side (7), Buttock, right (3)", "after sitting, morning, stress",
				"after the long drive", "/diary/entries/42/edit", "/diary/entries/42/delete"));
	}

	@Test
	void tagsFollowTheFormsOrderWhateverTheSetsOrder() {
		for (int i = 0; i < 20; i++) {
			Entry entry = new Entry(i, 0, MONDAY_MORNING, new PainScore(1), Peg.NONE, List.of(),
					Set.of(DiaryTag.STRESS, DiaryTag.AFTER_SITTING, DiaryTag.EVENING), null);
			assertThat(TimelineRow.of(List.of(entry), ZoneOffset.UTC, Locale.UK, "", MESSAGES, AREAS).get(0).tags())
				.isEqualTo("after sitting, evening, stress");
		}
	}

	@Test
	void whatWasNotGivenIsNullSoThePageLeavesItOut() {
		TimelineRow row = TimelineRow.of(List.of(BARE), ZoneOffset.UTC, Locale.UK, "", MESSAGES, AREAS).get(0);

		assertThat(row.peg()).isNull();
		assertThat(row.areas()).isNull();
		assertThat(row.tags()).isNull();
		assertThat(row.note()).isNull();
	}

	@Test
	void timeAndDecimalsFollowTheReadersZoneAndLocale() {
		TimelineRow row = TimelineRow
			.of(List.of(FULL), ZoneId.of("Europe/Berlin"), Locale.GERMANY, "/app", MESSAGES, AREAS)
			.get(0);

		assertThat(row.takenAt()).isEqualTo("Mo. 16 Juni 2025, 09:30");
		assertThat(row.peg()).isEqualTo("(PEG 4,3)");
		assertThat(row.editHref()).isEqualTo("/app/diary/entries/42/edit");
		assertThat(row.deleteAction()).isEqualTo("/app/diary/entries/42/delete");
	}

	@Test
	void aPegScoreIsRoundedToOneDecimal() {
		Entry entry = new Entry(1, 0, MONDAY_MORNING, new PainScore(1),
				new Peg(new PainScore(10), new PainScore(10), new PainScore(9)), List.of(), Set.of(), null);

		assertThat(TimelineRow.of(List.of(entry), ZoneOffset.UTC, Locale.UK, "", MESSAGES, AREAS).get(0).peg())
			.isEqualTo("(PEG 9.7)");
	}

}
