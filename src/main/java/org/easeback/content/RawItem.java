package org.easeback.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typed reads from one item's YAML map. Every problem is recorded with the file and item
 * id; a read that fails returns {@code null} or an empty list so parsing can go on and
 * report everything at once.
 */
final class RawItem {

	private final Map<?, ?> map;

	private final String file;

	private final String id;

	private final ContentProblems problems;

	private final String prefix;

	RawItem(Map<?, ?> map, String file, String id, ContentProblems problems) {
		this(map, file, id, problems, "");
	}

	private RawItem(Map<?, ?> map, String file, String id, ContentProblems problems, String prefix) {
		this.map = map;
		this.file = file;
		this.id = id;
		this.problems = problems;
		this.prefix = prefix;
	}

	/**
	 * A nested map of the same item, such as one stroke of a diagram; its problems start
	 * with {@code where}, for example {@code "stroke 2: "}.
	 */
	RawItem nested(Map<?, ?> nested, String where) {
		return new RawItem(nested, this.file, this.id, this.problems, this.prefix + where + ": ");
	}

	String id() {
		return this.id;
	}

	void problem(String message) {
		this.problems.item(this.file, this.id, this.prefix + message);
	}

	void onlyKeys(Set<String> allowed) {
		this.map.keySet()
			.stream()
			.filter(key -> !allowed.contains(String.valueOf(key)))
			.forEach(key -> problem("unknown field '" + key + "'"));
	}

	String text(String key, boolean required) {
		Object value = this.map.get(key);
		if (value == null || (value instanceof String s && s.isBlank())) {
			if (required) {
				problem("missing required field '" + key + "'");
			}
			return null;
		}
		if (!(value instanceof String s)) {
			problem("field '" + key + "' must be text");
			return null;
		}
		return s.strip();
	}

	List<String> texts(String key) {
		List<String> out = new ArrayList<>();
		for (Object value : list(key)) {
			if (value instanceof String s && !s.isBlank()) {
				out.add(s.strip());
			}
			else {
				problem("field '" + key + "' must list text, found " + value);
			}
		}
		return out;
	}

	<E extends Enum<E>> E constant(String key, Class<E> type, boolean required) {
		String name = text(key, required);
		return name == null ? null : constant(key, name, type);
	}

	<E extends Enum<E>> List<E> constants(String key, Class<E> type) {
		List<E> out = new ArrayList<>();
		for (String name : texts(key)) {
			E value = constant(key, name, type);
			if (value != null) {
				out.add(value);
			}
		}
		return out;
	}

	boolean flag(String key) {
		Object value = this.map.get(key);
		if (value != null && !(value instanceof Boolean)) {
			problem("field '" + key + "' must be true or false");
		}
		return Boolean.TRUE.equals(value);
	}

	Object raw(String key) {
		return this.map.get(key);
	}

	private List<?> list(String key) {
		Object value = this.map.get(key);
		if (value == null) {
			return List.of();
		}
		if (value instanceof List<?> list) {
			return list;
		}
		problem("field '" + key + "' must be a list");
		return List.of();
	}

	private <E extends Enum<E>> E constant(String key, String name, Class<E> type) {
		try {
			return Enum.valueOf(type, name);
		}
		catch (IllegalArgumentException ex) {
			problem("unknown " + label(key) + " '" + name + "'");
			return null;
		}
	}

	private static String label(String key) {
		return switch (key) {
			case "regions" -> "region";
			case "tags" -> "tag";
			default -> key;
		};
	}

}
