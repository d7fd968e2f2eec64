package org.easeback.shared;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class StorableTextTests {

	@Test
	void anyTextOfWholeCharactersCanBeStored() {
		assertThat(StorableText.flaw("stiff \uD83D\uDE42 morning, Rücken, 腰痛, tab\there\n")).isEmpty();
		assertThat(StorableText.flaw("")).isEmpty();
	}

	@Test
	void aNulCharacterCannotBeStored() {
		assertThat(StorableText.flaw("stiff\u0000")).contains(StorableText.Flaw.NUL);
	}

	@Test
	void halfOfACharacterCannotBeStoredWhereverItStands() {
		assertThat(StorableText.flaw("\uD800")).contains(StorableText.Flaw.LONE_SURROGATE);
		assertThat(StorableText.flaw("a\uD800b")).contains(StorableText.Flaw.LONE_SURROGATE);
		assertThat(StorableText.flaw("\uDE42 and")).contains(StorableText.Flaw.LONE_SURROGATE);
		assertThat(StorableText.flaw("\uDE42\uD83D")).contains(StorableText.Flaw.LONE_SURROGATE);
	}

	@Test
	void theFirstUnstorableTextOfADocumentIsNamedByItsPath() {
		JsonMapper json = JsonMapper.builder().build();

		assertThat(StorableText.problemIn("",
				json.readTree("{\"diary\": {\"entries\": [{\"note\": \"ok\"}, {\"note\": \"a\\u0000b\"}]}}")))
			.contains(new FieldProblem("diary.entries[1].note", StorableText.Flaw.NUL.message()));
		assertThat(StorableText.problemIn("", json.readTree("{\"tags\": {\"a\\ud800\": 1}}")))
			.contains(new FieldProblem("tags.a\uD800", StorableText.Flaw.LONE_SURROGATE.message()));
		assertThat(StorableText.problemIn("", json.readTree("{\"note\": \"fine \\ud83d\\ude42\"}"))).isEmpty();
	}

}
