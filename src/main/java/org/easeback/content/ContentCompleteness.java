package org.easeback.content;

import java.util.List;

import org.easeback.shared.Region;

/**
 * Checks that the library covers what the rest of the product relies on: one region item
 * for every area of the body map.
 */
final class ContentCompleteness {

	private ContentCompleteness() {
	}

	static void check(List<ContentItem> items) {
		ContentProblems problems = new ContentProblems();
		for (Region region : Region.values()) {
			long count = items.stream().filter(i -> i.kind() == Kind.REGION && i.targets(region)).count();
			if (count != 1) {
				problems.file(ContentFiles.ITEMS.get(0),
						"needs exactly one REGION item for " + region + ", found " + count);
			}
		}
		problems.throwIfAny();
	}

}
