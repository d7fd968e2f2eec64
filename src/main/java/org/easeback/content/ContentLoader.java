package org.easeback.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads and validates content files. Each file names its {@code kind} and lists its
 * {@code items}; ids are unique across all files. Any problem stops the load with a
 * {@link ContentException} naming the file and the item id.
 */
final class ContentLoader {

	private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private final SourceCatalog catalog;

	private final ContentProblems problems;

	private ContentLoader(SourceCatalog catalog, ContentProblems problems) {
		this.catalog = catalog;
		this.problems = problems;
	}

	/** Loads the given item files against the given list of sources. */
	static Loaded load(NamedText sources, List<NamedText> files) {
		ContentProblems problems = new ContentProblems();
		SourceCatalog catalog = SourceCatalog.read(sources, problems);
		List<ContentItem> items = new ContentLoader(catalog, problems).items(files);
		problems.throwIfAny();
		return new Loaded(catalog.all(), items);
	}

	private List<ContentItem> items(List<NamedText> files) {
		List<ContentItem> items = new ArrayList<>();
		Map<String, String> seen = new HashMap<>();
		for (NamedText file : files) {
			Kind kind = kind(file);
			List<?> entries = Yamls.list(file, "items", this.problems);
			if (kind == null || entries == null) {
				continue;
			}
			ItemParser parser = new ItemParser(this.catalog);
			for (int i = 0; i < entries.size(); i++) {
				String id = id(file, i, entries.get(i));
				if (id == null) {
					continue;
				}
				String earlier = seen.putIfAbsent(id, file.name());
				if (earlier != null) {
					this.problems.item(file.name(), id, "duplicate id (already used in " + earlier + ")");
					continue;
				}
				items.add(parser.parse(kind, new RawItem((Map<?, ?>) entries.get(i), file.name(), id, this.problems)));
			}
		}
		return items;
	}

	private Kind kind(NamedText file) {
		Map<?, ?> top = Yamls.map(file, new ContentProblems());
		Object kind = top == null ? null : top.get("kind");
		try {
			return Kind.valueOf(String.valueOf(kind));
		}
		catch (IllegalArgumentException ex) {
			this.problems.file(file.name(), "needs a 'kind' that is one of " + List.of(Kind.values()));
			return null;
		}
	}

	private String id(NamedText file, int index, Object entry) {
		String where = "item #" + (index + 1);
		if (!(entry instanceof Map<?, ?> map)) {
			this.problems.file(file.name(), where + " must be a map");
			return null;
		}
		if (!(map.get("id") instanceof String id) || id.isBlank()) {
			this.problems.file(file.name(), where + ": missing required field 'id'");
			return null;
		}
		if (!ID.matcher(id).matches()) {
			this.problems.item(file.name(), id, "an id uses lower-case letters, digits and dashes");
		}
		return id;
	}

	/** What a successful load produced. */
	record Loaded(List<Source> sources, List<ContentItem> items) {

	}

}
