package org.easeback.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** The text of one content file and the name used for it in messages. */
record NamedText(String name, String text) {

	NamedText {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(text, "text");
	}

	/** Reads a UTF-8 resource from the class path. */
	static NamedText resource(String path) {
		try (InputStream in = NamedText.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new ContentException(java.util.List.of(path + ": file is missing from the class path"));
			}
			return new NamedText(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + path, ex);
		}
	}

}
