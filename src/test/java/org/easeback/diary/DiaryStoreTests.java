package org.easeback.diary;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.easeback.account.AccountDeleted;
import org.easeback.safety.EpisodeClassification;
import org.easeback.session.SessionFinished;
import org.easeback.shared.FieldProblem;
import org.easeback.shared.InvalidInputException;
import org.easeback.shared.Region;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The diary's storage, written once and run on H2 and on PostgreSQL: entries with their
 * areas, tags and version, sessions recorded from events, episodes, and deletion.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class DiaryStoreTests {

	@Autowired
	DiaryEntries entries;

	@Autowired
	DiarySessions sessions;

	@Autowired
	Episodes episodes;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	DiaryPersonalData personalData;

	@Autowired
	JsonMapper json;

	private static String someone() {
		return "user-" + UUID.randomUUID() + "@example.org";
	}

	@Test
	void anEntryIsStoredWithItsAreasTagsPegAndNoteAndReadBackTheSame() {
		String alice = someone();
		Instant when = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MICROS);

		Entry saved = this.entries.add(alice, DiaryFixtures.fullEntry(when));
		Entry read = this.entries.find(alice, saved.id()).orElseThrow();

		assertThat(read).isEqualTo(saved);
		assertThat(read.takenAt()).isEqualTo(when);
		assertThat(read.regions()).extracting(RegionPain::region)
			.containsExactly(Region.LUMBAR_LEFT, Region.GLUTE_RIGHT);
		assertThat(read.tags()).containsExactlyInAnyOrder(DiaryTag.AFTER_SITTING, DiaryTag.EVENING);
		assertThat(read.peg().score()).isEqualTo(4.0);
		assertThat(read.note()).contains("\"stiff\"");
	}

	@Test
	void anotherUsersEntryCannotBeFoundChangedOrDeleted() {
		String alice = someone();
		String bob = someone();
		Entry entry = this.entries.add(alice, DiaryFixtures.entryWithPainAt(5, Instant.now()));

		assertThat(this.entries.find(bob, entry.id())).isEmpty();
		assertThat(this.entries.update(bob, entry.id(), entry.version(), DiaryFixtures.entryWithPain(1))).isEmpty();
		assertThat(this.entries.delete(bob, entry.id())).isFalse();
		assertThat(this.entries.all(bob)).isEmpty();
		assertThat(this.entries.find(alice, entry.id())).isPresent();
	}

	@Test
	void anUpdateAtAnOldVersionIsRefusedAndChangesNothing() {
		String alice = someone();
		Entry entry = this.entries.add(alice, DiaryFixtures.entryWithPainAt(5, Instant.now()));
		Entry changed = this.entries
			.update(alice, entry.id(), entry.version(), DiaryFixtures.entryWithPainAt(6, Instant.now()))
			.orElseThrow();

		assertThat(changed.version()).isGreaterThan(entry.version());
		assertThatThrownBy(() -> this.entries.update(alice, entry.id(), entry.version(),
				DiaryFixtures.entryWithPainAt(9, Instant.now())))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(this.entries.find(alice, entry.id()).orElseThrow().pain().value()).isEqualTo(6);
	}

	@Test
	void entriesArePagedNewestFirst() {
		String alice = someone();
		Instant now = Instant.now();
		for (int pain = 1; pain <= 5; pain++) {
			this.entries.add(alice, DiaryFixtures.entryWithPainAt(pain, now.minus(Duration.ofHours(10 - pain))));
		}

		assertThat(this.entries.page(alice, 0, 2)).extracting(e -> e.pain().value()).containsExactly(5, 4);
		assertThat(this.entries.page(alice, 2, 2)).extracting(e -> e.pain().value()).containsExactly(1);
		assertThat(this.entries.count(alice)).isEqualTo(5);
	}

	@Test
	void everyPageTogetherIsEveryEntryNewestFirstWithItsAreasAndTags() {
		String alice = someone();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		for (int i = 0; i < 45; i++) {
			Instant when = now.minus(Duration.ofHours(5L * i + 1));
			this.entries.add(alice,
					(i % 4 == 0) ? DiaryFixtures.fullEntry(when) : DiaryFixtures.entryWithPainAt(i % 11, when));
		}
		List<Entry> all = this.entries.all(alice);
		List<Entry> paged = new java.util.ArrayList<>();
		for (int page = 0; page < 3; page++) {
			paged.addAll(this.entries.page(alice, page, 20));
		}

		List<Entry> newestFirst = new java.util.ArrayList<>(all);
		java.util.Collections.reverse(newestFirst);
		assertThat(paged).hasSize(45).containsExactlyElementsOf(newestFirst);
		assertThat(paged).allSatisfy(e -> assertThat(this.entries.find(alice, e.id())).contains(e));
		assertThat(paged).filteredOn(e -> e.note() != null)
			.hasSize(12)
			.allSatisfy(e -> assertThat(e.regions()).extracting(RegionPain::region)
				.containsExactly(Region.LUMBAR_LEFT, Region.GLUTE_RIGHT));
		assertThat(this.entries.page(alice, 3, 20)).isEmpty();
		for (int page = 0; page < 3; page++) {
			Timeline timeline = this.entries.timeline(alice, page, 20);
			assertThat(timeline.entries()).containsExactlyElementsOf(this.entries.page(alice, page, 20));
			assertThat(timeline.hasOlder()).as("older entries after page %d", page).isEqualTo(page < 2);
		}
		assertThat(this.entries.timeline(alice, 0, 45).hasOlder()).isFalse();
		assertThat(this.entries.timeline(alice, 0, 44).hasOlder()).isTrue();
	}

	@Test
	void allEntriesReadInBatchesKeepEveryAreaAndTag() {
		String alice = someone();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		int count = EntryReads.BATCH + 7;
		for (int i = 0; i < count; i++) {
			this.entries.add(alice, DiaryFixtures.fullEntry(now.minus(Duration.ofMinutes(i + 1))));
		}

		List<Entry> all = this.entries.all(alice);

		assertThat(all).hasSize(count).isSortedAccordingTo(java.util.Comparator.comparing(Entry::takenAt));
		assertThat(all).allSatisfy(e -> {
			assertThat(e.regions()).hasSize(2);
			assertThat(e.tags()).containsExactlyInAnyOrder(DiaryTag.AFTER_SITTING, DiaryTag.EVENING);
		});
	}

	@Test
	void theSummaryReadingOnlyItsWindowsEqualsTheSummaryOfEveryEntry() {
		String alice = someone();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		// 200 days of entries, two a day, rising over the last fortnight, the last three
		// severe
		for (int day = 199; day >= 0; day--) {
			for (int half = 1; half >= 0; half--) {
				int pain = (day < 14) ? Math.min(10, 3 + (14 - day) / 2) : (day * 7 + half) % 8;
				Instant when = now.minus(Duration.ofDays(day)).minus(Duration.ofHours(3 + 8L * half));
				this.entries.add(alice,
						(day % 9 == 0) ? DiaryFixtures.fullEntry(when) : DiaryFixtures.entryWithPainAt(pain, when));
			}
		}
		for (int pain : new int[] { 8, 9, 10 }) {
			this.entries.add(alice, DiaryFixtures.entryWithPainAt(pain, now.minus(Duration.ofMinutes(30 - pain))));
		}

		DiarySummary summary = this.sessions.summary(alice);

		assertThat(summary).isEqualTo(everything(alice));
		assertThat(summary.entries()).isEqualTo(403);
		assertThat(summary.notices()).extracting(Notice::kind)
			.containsExactly(Notice.Kind.SEVERE_THREE_IN_A_ROW, Notice.Kind.RISING_PAIN);
		assertThat(summary.averages()).extracting(PainAverage::count).containsExactly(17, 63, 183);
	}

	@Test
	void theLatestThreeEntriesCountForTheNoticeHoweverOldTheyAre() {
		String alice = someone();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		this.entries.add(alice, DiaryFixtures.entryWithPainAt(2, now.minus(Duration.ofDays(400))));
		for (int pain : new int[] { 9, 8, 10 }) {
			this.entries.add(alice, DiaryFixtures.entryWithPainAt(pain, now.minus(Duration.ofDays(300 - pain))));
		}

		DiarySummary summary = this.sessions.summary(alice);

		assertThat(summary).isEqualTo(everything(alice));
		assertThat(summary.notices()).extracting(Notice::kind).containsExactly(Notice.Kind.SEVERE_THREE_IN_A_ROW);
		assertThat(DiaryFixtures.words().get(summary.notices().get(0).reason())).contains("(8, 9, 10)");
		assertThat(summary.averages()).extracting(PainAverage::count).containsExactly(0, 0, 0);
		assertThat(summary.entries()).isEqualTo(4);
	}

	@Test
	void theSummaryOfAnEmptyDiaryHasNoFigures() {
		DiarySummary summary = this.sessions.summary(someone());

		assertThat(summary.entries()).isZero();
		assertThat(summary.notices()).isEmpty();
		assertThat(summary.averages()).extracting(PainAverage::mean).containsOnlyNulls();
	}

	/** The summary as it was computed before it read windows: from every entry. */
	private DiarySummary everything(String username) {
		List<Entry> all = this.entries.all(username);
		List<GuidedSession> guided = this.sessions.all(username);
		Instant now = this.entries.now();
		var current = this.episodes.current(username);
		List<PainReading> readings = all.stream().map(PainReading::of).toList();
		return new DiarySummary(PainAverage.WINDOWS.stream().map(d -> PainAverage.of(d, readings, now)).toList(),
				WhatHelps.of(guided), NoticeRules.standard().check(new DiaryFacts(readings, current, now)), current,
				all.size(), guided.size());
	}

	@Test
	void aFinishedSessionOfASignedInUserIsRecordedOnceAndAnAnonymousOneNotAtAll() {
		String alice = someone();
		SessionFinished finished = new SessionFinished(UUID.randomUUID(), alice, "SELF", 15,
				List.of("tennis-balls", "knee-to-chest"), 6, 4, false, null, null, List.of("GOOD", "FIRMER"),
				Instant.now().truncatedTo(ChronoUnit.MICROS));

		publish(finished);
		publish(finished);
		publish(new SessionFinished(UUID.randomUUID(), null, "SELF", 15, List.of(), 6, 4, false, null, null, List.of(),
				Instant.now()));

		await(() -> this.sessions.all(alice).size() == 1);
		GuidedSession session = this.sessions.all(alice).get(0);
		assertThat(session.techniqueIds()).containsExactly("tennis-balls", "knee-to-chest");
		assertThat(session.feedback()).containsExactly("GOOD", "FIRMER");
		assertThat(session.change()).isEqualTo(-2);
		assertThat(session.finishedAt()).isEqualTo(finished.finishedAt());
	}

	@Test
	void anImportedSessionWithAThousandFeedbackWordsIsKeptWhole() {
		String alice = someone();
		List<String> feedback = java.util.stream.IntStream.range(0, 1000)
			.mapToObj(i -> List.of("LIGHTER", "GOOD", "FIRMER").get(i % 3))
			.toList();
		GuidedSession session = new GuidedSession(0, UUID.randomUUID(), "THERAPIST_VISIT", 60,
				List.of("effleurage", "knee-to-chest"), 7, 2, false, null, null, feedback,
				Instant.parse("2025-05-01T09:30:00Z"));

		long added = this.personalData.importSection(alice, sessions(session));

		assertThat(added).isEqualTo(1);
		assertThat(this.sessions.all(alice)).singleElement()
			.satisfies(s -> assertThat(s.feedback()).isEqualTo(feedback));
	}

	@Test
	void anImportedSessionWithAModeOrFeedbackThePlayerNeverSendsIsRefusedNamingTheField() {
		String alice = someone();
		GuidedSession longMode = new GuidedSession(0, UUID.randomUUID(), "X".repeat(41), 15, List.of(), null, null,
				false, null, null, List.of(), Instant.parse("2025-05-01T09:30:00Z"));
		GuidedSession comma = new GuidedSession(0, UUID.randomUUID(), "SELF", 15, List.of(), null, null, false, null,
				null, List.of("GOOD", "GOOD,FIRMER"), Instant.parse("2025-05-01T09:30:00Z"));

		assertThatThrownBy(() -> this.personalData.importSection(alice, sessions(longMode))).isInstanceOfSatisfying(
				InvalidInputException.class, ex -> assertThat(ex.problems()).extracting(FieldProblem::field)
					.containsExactly("diary.sessions[0].mode"));
		assertThatThrownBy(() -> this.personalData.importSection(alice, sessions(comma))).isInstanceOfSatisfying(
				InvalidInputException.class, ex -> assertThat(ex.problems()).extracting(FieldProblem::field)
					.containsExactly("diary.sessions[0].feedback[1]"));
		assertThat(this.sessions.all(alice)).isEmpty();
	}

	private JsonNode sessions(GuidedSession... sessions) {
		return this.json.valueToTree(Map.of("sessions", List.of(sessions)));
	}

	@Test
	void anEpisodeIsClassifiedByTheSafetyRuleAndScopedToItsUser() {
		String alice = someone();
		LocalDate today = this.episodes.today();
		this.episodes.add(alice, today.minusWeeks(14), null);

		Episode episode = this.episodes.current(alice).orElseThrow();
		assertThat(episode.episode().classification()).isEqualTo(EpisodeClassification.CHRONIC);
		assertThat(this.episodes.delete(someone(), episode.id())).isFalse();
		assertThat(this.sessions.summary(alice).notices()).extracting(Notice::kind)
			.containsExactly(Notice.Kind.LONG_EPISODE);
	}

	@Test
	void deletingTheAccountDeletesEntriesSessionsAndEpisodes() {
		String alice = someone();
		String bob = someone();
		this.entries.add(alice, DiaryFixtures.fullEntry(Instant.now()));
		this.entries.add(bob, DiaryFixtures.entryWithPainAt(3, Instant.now()));
		this.episodes.add(alice, this.episodes.today().minusDays(3), null);
		publish(new SessionFinished(UUID.randomUUID(), alice, "PARTNER", 20, List.of("effleurage"), 5, 3, false, null,
				null, List.of(), Instant.now()));
		await(() -> this.sessions.all(alice).size() == 1);

		publish(new AccountDeleted(alice));

		await(() -> this.entries.count(alice) == 0 && this.sessions.all(alice).isEmpty()
				&& this.episodes.all(alice).isEmpty());
		assertThat(this.entries.count(bob)).isEqualTo(1);
	}

	private void publish(Object event) {
		this.transactions.executeWithoutResult(status -> this.events.publishEvent(event));
	}

	private static void await(BooleanSupplier condition) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("condition not met within 20 s");
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

}
