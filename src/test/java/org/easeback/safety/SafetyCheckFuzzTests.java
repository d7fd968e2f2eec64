package org.easeback.safety;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.easeback.shared.InvalidInputException;

/**
 * Fuzzes the safety-check request as the API receives it (any answers, ages, dates,
 * allergy texts and skin areas): the check either answers or refuses the input with
 * {@link InvalidInputException}; no other exception escapes. Runs its saved inputs in
 * {@code ./mvnw test}; {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=SafetyCheckFuzzTests}
 * fuzzes for {@code maxDuration}.
 */
public class SafetyCheckFuzzTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	private static final SafetyCheck CHECK = new SafetyCheck(
			Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

	private static final String[] KNOWN_IDS = Question.values().length > 0 ? ids() : new String[0];

	@FuzzTest(maxDuration = "60s")
	void shouldAnswerOrRefuseAnySafetyRequest(FuzzedDataProvider data) {
		try {
			SafetyResult result = CHECK.check(input(data));
			if (result == null) {
				throw new AssertionError("no result");
			}
		}
		catch (InvalidInputException expected) {
			// bad input is refused with the fields named
		}
	}

	/** A safety request built from fuzz data, valid or not. */
	public static SafetyInput input(FuzzedDataProvider data) {
		Map<String, Boolean> answers = data.consumeBoolean() ? null : new HashMap<>();
		int count = data.consumeInt(0, 12);
		for (int i = 0; answers != null && i < count; i++) {
			String id = data.consumeBoolean() ? data.pickValue(KNOWN_IDS) : data.consumeString(20);
			answers.put(id, data.consumeBoolean() ? null : data.consumeBoolean());
		}
		Integer age = data.consumeBoolean() ? null : data.consumeInt();
		LocalDate onset = data.consumeBoolean() ? null
				: LocalDate.ofEpochDay(data.consumeLong(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()));
		Integer weeks = data.consumeBoolean() ? null : data.consumeInt();
		List<String> allergies = data.consumeBoolean() ? null : strings(data);
		Boolean first = data.consumeBoolean() ? null : data.consumeBoolean();
		List<String> skin = data.consumeBoolean() ? null : strings(data);
		return new SafetyInput(answers, age, onset, weeks, allergies, first, skin);
	}

	private static List<String> strings(FuzzedDataProvider data) {
		List<String> values = new ArrayList<>();
		int count = data.consumeInt(0, 5);
		for (int i = 0; i < count; i++) {
			values.add(data.consumeBoolean() ? null : data.consumeString(120));
		}
		return values;
	}

	private static String[] ids() {
		Question[] questions = Question.values();
		String[] ids = new String[questions.length];
		for (int i = 0; i < questions.length; i++) {
			ids[i] = questions[i].id();
		}
		return ids;
	}

}
