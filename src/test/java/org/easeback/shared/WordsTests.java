package org.easeback.shared;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Words kept once worded give the same sentences, worded once, and keep only so many. */
class WordsTests {

	private final List<String> worded = new ArrayList<>();

	private final Words counting = (key, arguments) -> {
		this.worded.add(key);
		return key + List.of(arguments);
	};

	@Test
	void aRememberedSentenceIsWordedOnceAndReadTheSameAfterwards() {
		Words remembered = this.counting.remembered(10);

		assertThat(remembered.get("plan.step.title.LEFT", "Kneading")).isEqualTo("plan.step.title.LEFT[Kneading]");
		assertThat(remembered.get("plan.step.title.LEFT", "Kneading")).isEqualTo("plan.step.title.LEFT[Kneading]");
		assertThat(remembered.get("plan.step.title.LEFT", "Circles")).isEqualTo("plan.step.title.LEFT[Circles]");
		assertThat(remembered.get("plan.reason.WARM_UP")).isEqualTo("plan.reason.WARM_UP[]");

		assertThat(this.worded).containsExactly("plan.step.title.LEFT", "plan.step.title.LEFT", "plan.reason.WARM_UP");
	}

	@Test
	void sentencesBeyondTheLimitAreWordedEachTimeSoARequestCannotGrowTheMemory() {
		Words remembered = this.counting.remembered(1);

		remembered.get("plan.note.leftOut.notInLibrary", "first-id");
		remembered.get("plan.note.leftOut.notInLibrary", "second-id");
		remembered.get("plan.note.leftOut.notInLibrary", "second-id");
		remembered.get("plan.note.leftOut.notInLibrary", "first-id");

		assertThat(this.worded).hasSize(3);
	}

}
