package org.easeback.planner;

import java.util.List;
import java.util.Objects;

/**
 * An untimed list to tick off before the timed steps: the room, the surface, positioning,
 * what to tell a therapist.
 *
 * @param id a short id, unique within the plan
 * @param title the heading
 * @param items what to tick off
 * @param sources article files behind it
 */
public record Checklist(String id, String title, List<String> items, List<String> sources) {

	public Checklist {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(title, "title");
		items = List.copyOf(items);
		sources = List.copyOf(sources);
		if (items.isEmpty()) {
			throw new IllegalArgumentException("a checklist has at least one item");
		}
	}

}
