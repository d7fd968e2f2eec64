package org.easeback.planner;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.easeback.content.ContentItem;
import org.easeback.content.ContentLibrary;
import org.easeback.content.Source;

/**
 * What the planner looks up in a content library on every plan, worked out once per
 * library (the library never changes): each item by id, and each item's source file names
 * as the immutable list a step keeps. Looked up by the library's identity.
 */
final class LibraryIndex {

	private static final Map<ContentLibrary, LibraryIndex> INDEXES = new ConcurrentHashMap<>();

	private final Map<String, ContentItem> byId = new HashMap<>();

	/** By identity: a content item's own hash code would walk every list inside it. */
	private final Map<ContentItem, List<String>> files = new IdentityHashMap<>();

	private LibraryIndex(ContentLibrary library) {
		for (ContentItem item : library.all()) {
			this.byId.put(item.id(), item);
			this.files.put(item, fileNames(item));
		}
	}

	static LibraryIndex of(ContentLibrary library) {
		return INDEXES.computeIfAbsent(library, LibraryIndex::new);
	}

	/** The item with this id, or null. */
	ContentItem item(String id) {
		return this.byId.get(id);
	}

	/** The file names of the item's sources. */
	List<String> files(ContentItem item) {
		List<String> names = this.files.get(item);
		return (names != null) ? names : fileNames(item);
	}

	private static List<String> fileNames(ContentItem item) {
		return List.copyOf(item.sources().stream().map(Source::file).toList());
	}

}
