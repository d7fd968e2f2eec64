package org.easeback.content;

import java.util.Objects;

/**
 * One of the five source articles the content is written from.
 *
 * @param file the article's file name, for example {@code 001_6cbba744d3dc619a.txt}
 * @param title the article's title
 */
public record Source(String file, String title) {

	public Source {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(title, "title");
	}

}
