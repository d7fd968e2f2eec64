package org.easeback.planner;

import java.util.ArrayList;
import java.util.List;

import org.easeback.content.ContentItem;
import org.easeback.content.Source;

/** Turns content items into checklists. */
final class Checklists {

	private Checklists() {
	}

	/** A checklist of the items' steps (or, without steps, their details), in order. */
	static Checklist of(String id, String title, List<ContentItem> items) {
		List<String> lines = new ArrayList<>();
		List<String> sources = new ArrayList<>();
		for (ContentItem item : items) {
			lines.addAll(item.steps().isEmpty() ? item.details() : item.steps());
			item.sources().stream().map(Source::file).filter(f -> !sources.contains(f)).forEach(sources::add);
		}
		if (lines.isEmpty()) {
			lines.add(items.get(0).summary());
		}
		return new Checklist(id, title, lines, sources);
	}

}
