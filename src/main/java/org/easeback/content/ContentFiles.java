package org.easeback.content;

import java.util.List;

/** Where the content lives on the class path. */
final class ContentFiles {

	static final String SOURCES = "content/sources.yaml";

	/** Diagrams of the practice items, keyed by item id. */
	static final String DIAGRAMS = "content/diagrams.yaml";

	/** Item files in the order the library lists them. */
	static final List<String> ITEMS = List.of("content/regions.yaml", "content/setup.yaml", "content/techniques.yaml",
			"content/self-massage.yaml", "content/stretches.yaml", "content/aftercare.yaml", "content/modalities.yaml",
			"content/education.yaml");

	private ContentFiles() {
	}

	static NamedText sources() {
		return NamedText.resource(SOURCES);
	}

	static NamedText diagrams() {
		return NamedText.resource(DIAGRAMS);
	}

	static List<NamedText> items() {
		return ITEMS.stream().map(NamedText::resource).toList();
	}

}
