package org.easeback.content;

import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the content loader with any YAML text, as a content file or as the source list:
 * it loads or stops with a {@link ContentException}; no parser or cast exception escapes.
 * Starts from a valid technique so mutations stay close to real content. Runs its saved
 * inputs in {@code ./mvnw test};
 * {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=ContentLoaderFuzzTests} fuzzes for
 * {@code maxDuration}.
 */
class ContentLoaderFuzzTests {

	private static final String VALID = "kind: TECHNIQUE\nitems:\n" + ContentFixtures.technique("fuzz-stroke");

	@FuzzTest(maxDuration = "60s")
	void shouldLoadOrExplainAnyContentFile(FuzzedDataProvider data) {
		boolean asSources = data.consumeBoolean();
		String text = data.consumeBoolean() ? mutate(data, VALID) : data.consumeRemainingAsString();
		try {
			if (asSources) {
				ContentLoader.load(new NamedText("sources.yaml", text),
						List.of(new NamedText("techniques.yaml", VALID)));
			}
			else {
				ContentLoader.load(new NamedText("sources.yaml", ContentFixtures.SOURCES),
						List.of(new NamedText("techniques.yaml", text)));
			}
		}
		catch (ContentException expected) {
			// the problem is named with its file and item
		}
	}

	private static String mutate(FuzzedDataProvider data, String valid) {
		int at = data.consumeInt(0, valid.length());
		int cut = data.consumeInt(0, Math.min(40, valid.length() - at));
		return valid.substring(0, at) + data.consumeString(60) + valid.substring(at + cut);
	}

}
