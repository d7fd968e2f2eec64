package org.easeback.shared;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class UnreadableJsonTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	record Session(UUID planId, int minutes, List<Step> steps) {
	}

	record Step(String name) {
	}

	private static FieldProblem problem(String at, String json) {
		JacksonException ex = catchThrowableOfType(JacksonException.class, () -> JSON.readValue(json, Session.class));
		return UnreadableJson.describe(at, ex);
	}

	@Test
	void brokenJsonIsNamedAsSuch() {
		assertThat(problem("", "{\"minutes\": ")).extracting(FieldProblem::message).isEqualTo("is not valid JSON");
	}

	@Test
	void aPartOfTheWrongShapeSaysWhatItMustBeNotThatTheJsonIsBroken() {
		assertThat(problem("diary", "[1, 2]")).isEqualTo(new FieldProblem("diary", "must be an object"));
		assertThat(problem("diary", "{\"steps\": [3]}"))
			.isEqualTo(new FieldProblem("diary.steps[0]", "must be an object"));
		assertThat(problem("", "{\"minutes\": \"ten\"}").message()).isEqualTo("must be a whole number, not ten");
	}

	@Test
	void anIdSaysWhatAnIdLooksLikeAndALongValueIsShortened() {
		String longValue = "x".repeat(500);
		FieldProblem problem = problem("", "{\"planId\": \"" + longValue + "\"}");

		assertThat(problem.field()).isEqualTo("planId");
		assertThat(problem.message()).startsWith("must be an id such as ")
			.endsWith(", not " + "x".repeat(UnreadableJson.SHOWN) + "…");
	}

	@Test
	void aProblemUnderAPartIsNamedFromTheDocumentsRoot() {
		assertThat(new FieldProblem("pain", "m").under("diary.entries[3]").field()).isEqualTo("diary.entries[3].pain");
		assertThat(new FieldProblem("[0]", "m").under("tags").field()).isEqualTo("tags[0]");
		assertThat(new FieldProblem("", "m").under("diary").field()).isEqualTo("diary");
		assertThat(new FieldProblem("pain", "m").under("").field()).isEqualTo("pain");
	}

}
