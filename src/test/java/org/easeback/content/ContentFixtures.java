package org.easeback.content;

import java.util.List;

/** Small content files for loader tests, and helpers around the standard library. */
final class ContentFixtures {

	static final String ARTICLE = "001_6cbba744d3dc619a.txt";

	static final String SOURCES = """
			sources:
			  - file: 001_6cbba744d3dc619a.txt
			    title: Lower back massage
			""";

	private ContentFixtures() {
	}

	/** A valid technique item as YAML lines, indented for an {@code items:} list. */
	static String technique(String id) {
		return """
				  - id: %s
				    name: Test stroke
				    summary: A stroke used in tests.
				    who: PARTNER
				    regions: [LUMBAR_LEFT]
				    equipment: [OIL]
				    pressure: LIGHT
				    timing:
				      seconds: [30, 60]
				    hands: Flat palms glide.
				    steps:
				      - Glide.
				    tags: [FACE_DOWN]
				    contraindications: [blood_thinners]
				    sources: [001_6cbba744d3dc619a.txt]
				""".formatted(id);
	}

	/** A valid stretch item as YAML lines, indented for an {@code items:} list. */
	static String stretch(String id) {
		return """
				  - id: %s
				    name: Test stretch
				    summary: A stretch used in tests.
				    who: SELF
				    regions: [LUMBAR_LEFT, LUMBAR_RIGHT]
				    pressure: LIGHT
				    timing:
				      seconds: 60
				      holdSeconds: 20
				    hands: Hands hold the knee.
				    steps:
				      - Stretch.
				    sources: [001_6cbba744d3dc619a.txt]
				""".formatted(id);
	}

	/**
	 * Items for diagram tests: the technique {@code test-stroke}, the stretch
	 * {@code test-stretch} and the background item {@code test-background}.
	 */
	static List<ContentItem> diagramItems() {
		NamedText background = file("education.yaml", "EDUCATION", """
				  - id: test-background
				    name: Background
				    summary: Not practised.
				    details:
				      - Reading only.
				    sources: [001_6cbba744d3dc619a.txt]
				""");
		return load(techniques(technique("test-stroke")), file("stretches.yaml", "STRETCH", stretch("test-stretch")),
				background)
			.all();
	}

	/**
	 * Loads a diagram file under {@code diagram-fixtures/} against
	 * {@link #diagramItems()}.
	 */
	static java.util.Map<String, Diagram> diagrams(String fixture) {
		return DiagramLoader.load(NamedText.resource("diagram-fixtures/" + fixture), diagramItems());
	}

	/** A file of the given kind holding the given item lines. */
	static NamedText file(String name, String kind, String... items) {
		return new NamedText(name, "kind: " + kind + "\nitems:\n" + String.join("", items));
	}

	/** A techniques file holding the given item lines. */
	static NamedText techniques(String... items) {
		return file("techniques.yaml", "TECHNIQUE", items);
	}

	/** A test resource under {@code content-fixtures/}. */
	static NamedText fixture(String name) {
		return NamedText.resource("content-fixtures/" + name);
	}

	/** Loads the given files against the one-article source list. */
	static ContentLibrary load(NamedText... files) {
		ContentLoader.Loaded loaded = ContentLoader.load(new NamedText("sources.yaml", SOURCES), List.of(files));
		return new ContentLibrary(loaded.sources(), loaded.items());
	}

	/** The real library built from src/main/resources/content. */
	static ContentLibrary standard() {
		return ContentLibrary.standard();
	}

	/** An item of the standard library that must exist. */
	static ContentItem item(String id) {
		return standard().find(id).orElseThrow(() -> new AssertionError("missing content item " + id));
	}

}
