package org.easeback.content;

import java.util.ArrayList;
import java.util.List;

/** Collects what is wrong with the content, so one failed start reports all of it. */
final class ContentProblems {

	private final List<String> messages = new ArrayList<>();

	void file(String file, String message) {
		this.messages.add(file + ": " + message);
	}

	void item(String file, String id, String message) {
		this.messages.add(file + ": item '" + id + "': " + message);
	}

	boolean isEmpty() {
		return this.messages.isEmpty();
	}

	void throwIfAny() {
		if (!this.messages.isEmpty()) {
			throw new ContentException(this.messages);
		}
	}

}
