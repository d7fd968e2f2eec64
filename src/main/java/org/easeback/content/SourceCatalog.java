package org.easeback.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The list of source articles, read from {@code sources.yaml}. */
final class SourceCatalog {

	private final Map<String, Source> byFile;

	private SourceCatalog(Map<String, Source> byFile) {
		this.byFile = byFile;
	}

	static SourceCatalog read(NamedText file, ContentProblems problems) {
		Map<String, Source> sources = new LinkedHashMap<>();
		List<?> list = Yamls.list(file, "sources", problems);
		for (Object entry : list == null ? List.of() : list) {
			if (entry instanceof Map<?, ?> map && map.get("file") instanceof String name
					&& map.get("title") instanceof String title && !name.isBlank() && !title.isBlank()) {
				if (sources.putIfAbsent(name, new Source(name, title)) != null) {
					problems.item(file.name(), name, "is listed twice");
				}
			}
			else {
				problems.file(file.name(), "each source needs a 'file' and a 'title': " + entry);
			}
		}
		if (sources.isEmpty()) {
			problems.file(file.name(), "lists no sources");
		}
		return new SourceCatalog(sources);
	}

	Optional<Source> find(String file) {
		return Optional.ofNullable(this.byFile.get(file));
	}

	List<Source> all() {
		return List.copyOf(this.byFile.values());
	}

}
