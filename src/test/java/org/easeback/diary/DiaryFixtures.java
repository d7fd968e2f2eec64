package org.easeback.diary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.easeback.shared.Region;
import org.easeback.shared.Words;

import org.springframework.context.support.ResourceBundleMessageSource;

/** Entries, sessions and clocks for diary tests. */
public final class DiaryFixtures {

	/** "Now" in every diary test: Monday 16 June 2025, noon UTC. */
	public static final Instant NOW = Instant.parse("2025-06-16T12:00:00Z");

	private DiaryFixtures() {
	}

	/** The application's own words in English, read as Spring Boot reads them. */
	public static Words words() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return Words.of(messages, java.util.Locale.ENGLISH);
	}

	public static Clock fixedClock() {
		return Clock.fixed(NOW, ZoneOffset.UTC);
	}

	public static LocalDate today() {
		return LocalDate.ofInstant(NOW, ZoneOffset.UTC);
	}

	/** Input for an entry with this pain, taken now, nothing else given. */
	public static EntryInput entryWithPain(int pain) {
		return entryWithPainAt(pain, NOW);
	}

	public static EntryInput entryWithPainAt(int pain, Instant takenAt) {
		return new EntryInput(takenAt, pain, null, null, null, List.of(), Set.of(), null);
	}

	/** A full entry: PEG items, two areas, tags and a note. */
	public static EntryInput fullEntry(Instant takenAt) {
		return new EntryInput(takenAt, 6, 5, 4, 3,
				List.of(new EntryInput.AreaInput(Region.LUMBAR_LEFT, 7),
						new EntryInput.AreaInput(Region.GLUTE_RIGHT, 3)),
				Set.of(DiaryTag.AFTER_SITTING, DiaryTag.EVENING),
				"Long drive, then \"stiff\", better after stretching");
	}

	/** A stored entry with this pain at this time. */
	public static Entry storedEntry(long id, int pain, Instant takenAt) {
		return new Entry(id, 0, takenAt, new PainScore(pain), Peg.NONE, List.of(), Set.of(), null);
	}

	/** Stored entries with these pains, one every {@code step}, the last one at NOW. */
	public static List<Entry> entriesEvery(Duration step, int... pains) {
		List<Entry> entries = new ArrayList<>();
		for (int i = 0; i < pains.length; i++) {
			entries.add(storedEntry(i + 1, pains[i], NOW.minus(step.multipliedBy(pains.length - 1 - i))));
		}
		return entries;
	}

	/** A completed session with pain before and after, in this mode. */
	public static GuidedSession session(String mode, int before, int after, String... techniqueIds) {
		return new GuidedSession(0, UUID.randomUUID(), mode, 15, List.of(techniqueIds), before, after, false, null,
				null, List.of("GOOD"), NOW.minus(Duration.ofDays(1)));
	}

	/** An episode that started {@code weeksAgo} whole weeks ago and goes on. */
	public static Episode openEpisodeStarted(int weeksAgo) {
		return Episode.of(1, today().minusWeeks(weeksAgo), null, today());
	}

}
