package org.easeback.content;

import java.util.List;

/**
 * Thrown when the content files are broken. The message lists every problem, each naming
 * the file and the item id, so a start that fails says exactly what to fix.
 */
class ContentException extends IllegalStateException {

	private final List<String> problems;

	ContentException(List<String> problems) {
		super("Invalid content:\n  " + String.join("\n  ", problems));
		this.problems = List.copyOf(problems);
	}

	List<String> problems() {
		return this.problems;
	}

}
