package org.easeback.shared;

import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * Text that H2 and PostgreSQL both store exactly as it was sent. PostgreSQL refuses the
 * NUL character (U+0000) in text, where H2 keeps it, so an export from H2 could not be
 * imported on PostgreSQL; and a lone surrogate (half of a character outside the Basic
 * Multilingual Plane, such as {@code "\ud800"} in JSON) is not valid Unicode, so the
 * database driver writes it as "?". Input with either is refused, naming the field,
 * rather than stored differently on each database.
 */
public final class StorableText {

	private StorableText() {
	}

	/** What makes a text unstorable, with the API's words for it. */
	public enum Flaw {

		/** U+0000. */
		NUL("must not contain the NUL character (U+0000)"),

		/** A high surrogate without its low half, or a low one without its high half. */
		LONE_SURROGATE("must not contain half of a character (a lone surrogate such as U+D800)");

		private final String message;

		Flaw(String message) {
			this.message = message;
		}

		/** The API's message for a field with this flaw. */
		public String message() {
			return this.message;
		}

	}

	/** The first flaw of the text, or empty when both databases store it as it is. */
	public static Optional<Flaw> flaw(CharSequence text) {
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c == '\0') {
				return Optional.of(Flaw.NUL);
			}
			if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return Optional.of(Flaw.LONE_SURROGATE);
			}
		}
		return Optional.empty();
	}

	/**
	 * The problem with a field's text, or empty when it can be stored.
	 * @param field the field's path as the client wrote it
	 * @param text the field's value
	 */
	public static Optional<FieldProblem> problem(String field, CharSequence text) {
		return flaw(text).map(flaw -> new FieldProblem(field, flaw.message()));
	}

	/**
	 * The first text of a JSON document, a value or a field's name, that cannot be
	 * stored. For documents read as a tree (an imported export), which no deserializer of
	 * strings sees.
	 * @param at where the node sits in the whole document, or empty for its root
	 * @param node the document or a part of it
	 */
	public static Optional<FieldProblem> problemIn(String at, JsonNode node) {
		if (node.isString()) {
			return problem(at.isEmpty() ? "body" : at, node.stringValue());
		}
		if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				Optional<FieldProblem> problem = problemIn(at + "[" + i + "]", node.get(i));
				if (problem.isPresent()) {
					return problem;
				}
			}
		}
		if (node.isObject()) {
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				String path = at.isEmpty() ? field.getKey() : at + "." + field.getKey();
				Optional<FieldProblem> problem = problem(path, field.getKey())
					.or(() -> problemIn(path, field.getValue()));
				if (problem.isPresent()) {
					return problem;
				}
			}
		}
		return Optional.empty();
	}

}
