package org.easeback.diary;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.easeback.shared.InvalidInputException;
import org.easeback.shared.Region;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.easeback.diary.DiaryFixtures.NOW;

/** The checks of a diary entry and its value objects. */
class EntryInputTests {

	@Test
	void aPainScoreIsBetweenZeroAndTen() {
		assertThat(new PainScore(0).value()).isZero();
		assertThat(new PainScore(10).isSevere()).isTrue();
		assertThat(new PainScore(7).isSevere()).isFalse();
		assertThatThrownBy(() -> new PainScore(11)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new PainScore(-1)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void anEntryWithoutATimeIsTakenNow() {
		assertThat(DiaryFixtures.entryWithPainAt(4, null).validate(NOW).takenAt()).isEqualTo(NOW);
	}

	@Test
	void anEntryInTheFutureIsRefusedNamingTakenAt() {
		assertProblems(DiaryFixtures.entryWithPainAt(4, NOW.plus(Duration.ofHours(1))), "takenAt");
	}

	@Test
	void aMissingPainIsRefusedNamingPain() {
		assertProblems(new EntryInput(NOW, null, null, null, null, List.of(), Set.of(), null), "pain");
	}

	@Test
	void everyBadFieldIsNamedAtOnce() {
		assertProblems(
				new EntryInput(NOW, 12, 11, -1, 3,
						List.of(new EntryInput.AreaInput(Region.SACRUM, 20),
								new EntryInput.AreaInput(Region.SACRUM, 2)),
						Set.of(), "x".repeat(2001)),
				"pain", "pegAverage", "pegEnjoyment", "regions[0].intensity", "regions[1].region", "note");
	}

	@Test
	void aNoteOfExactly2000CharactersIsAccepted() {
		EntryInput input = new EntryInput(NOW, 3, null, null, null, List.of(), Set.of(), "x".repeat(2000));

		assertThat(input.validate(NOW).note()).hasSize(2000);
	}

	@Test
	void thePegScoreIsTheMeanOfAllThreeItemsOnly() {
		assertThat(DiaryFixtures.fullEntry(NOW).validate(NOW).peg().score()).isEqualTo(4.0);
		assertThat(new Peg(new PainScore(3), null, new PainScore(5)).score()).isNull();
	}

	private static void assertProblems(EntryInput input, String... fields) {
		assertThatThrownBy(() -> input.validate(NOW)).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.problems()).extracting("field").containsExactlyInAnyOrder(fields));
	}

}
