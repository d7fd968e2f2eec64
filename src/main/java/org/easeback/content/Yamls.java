package org.easeback.content;

import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads a content file into plain maps and lists, with no custom types. */
final class Yamls {

	private Yamls() {
	}

	/**
	 * The top-level map of a file and its list under {@code listKey}, or {@code null}
	 * with a problem recorded when the file does not have that shape.
	 */
	static List<?> list(NamedText file, String listKey, ContentProblems problems) {
		Map<?, ?> top = map(file, problems);
		if (top == null) {
			return null;
		}
		if (!(top.get(listKey) instanceof List<?> list)) {
			problems.file(file.name(), "needs a list under '" + listKey + "'");
			return null;
		}
		return list;
	}

	static Map<?, ?> map(NamedText file, ContentProblems problems) {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		try {
			Object root = new Yaml(new SafeConstructor(options)).load(file.text());
			if (root instanceof Map<?, ?> map) {
				return map;
			}
			problems.file(file.name(), "must be a YAML map at the top");
		}
		catch (YAMLException ex) {
			problems.file(file.name(), "is not valid YAML: " + ex.getMessage().lines().findFirst().orElse(""));
		}
		return null;
	}

}
