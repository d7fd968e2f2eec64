package org.easeback.account.web;

import java.util.List;

import org.easeback.shared.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FilePlaceTests {

	@Test
	void aPlaceInAListIsCountedFromOneUnderTheItemsSingularName() {
		assertThat(FilePlace.words("diary.entries[0].takenAt")).isEqualTo("diary, entry 1, takenAt");
		assertThat(FilePlace.words("diary.sessions[11]")).isEqualTo("diary, session 12");
		assertThat(FilePlace.words("diary.entries[2].regions[0].region")).isEqualTo("diary, entry 3, region 1, region");
	}

	@Test
	void aPlaceOutsideAnyListKeepsTheFilesNames() {
		assertThat(FilePlace.words("format")).isEqualTo("format");
		assertThat(FilePlace.words("handoff.intake.age")).isEqualTo("handoff, intake, age");
	}

	@Test
	void everyProblemIsNamed() {
		assertThat(FilePlace.describe(List.of(new FieldProblem("diary.entries[1].pain", "must be between 0 and 10"),
				new FieldProblem("diary.entries[1].note", "must be at most 2000 characters"))))
			.isEqualTo(
					"diary, entry 2, pain must be between 0 and 10; diary, entry 2, note must be at most 2000 characters");
	}

	@Test
	void theProblemReadsAsOneSentence() {
		assertThat(FilePlace.describe(new FieldProblem("diary.entries[1].pain", "must be between 0 and 10")))
			.isEqualTo("diary, entry 2, pain must be between 0 and 10");
	}

}
