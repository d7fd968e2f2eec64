package org.easeback.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Names the field of a JSON document that could not be read (wrong JSON type, unknown
 * enum value, unknown property or broken JSON) and says in words what it must be, for
 * example {@code answers.fever}: "must be true or false". Used for request bodies and for
 * imported files, so neither shows a reader Jackson's message with Java type names in it.
 */
public final class UnreadableJson {

	/** How much of a refused value a message repeats. */
	static final int SHOWN = 40;

	private UnreadableJson() {
	}

	/**
	 * The problem with a document, or part of one, that Jackson could not read.
	 * @param at where the part read sits in the whole document ({@code diary}), or empty
	 * @param ex what Jackson threw
	 * @return the field's path from the document's root (empty for the document's root
	 * itself), and what it must be
	 */
	public static FieldProblem describe(String at, JacksonException ex) {
		return new FieldProblem(path(ex), message(ex)).under(at);
	}

	/**
	 * The refusal of a part of an imported document that Jackson could not read.
	 * @param at where the part sits in the whole document ({@code diary})
	 * @param ex what Jackson threw
	 */
	public static InvalidInputException refusal(String at, JacksonException ex) {
		return new InvalidInputException(List.of(describe(at, ex)));
	}

	private static String message(JacksonException ex) {
		if (ex instanceof StreamReadException) {
			return "is not valid JSON";
		}
		if (ex instanceof UnstorableTextException unstorable) {
			return unstorable.flaw().message();
		}
		if (ex instanceof UnrecognizedPropertyException) {
			return "is not a known field";
		}
		if (ex instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
			return "must be " + typeName(invalid.getTargetType()) + ", not " + shown(invalid.getValue());
		}
		if (ex instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
			return "must be " + typeName(mismatched.getTargetType());
		}
		if (ex instanceof ValueInstantiationException) {
			return "is incomplete: a part of it is missing or empty";
		}
		return "has the wrong type";
	}

	private static String shown(Object value) {
		String text = String.valueOf(value);
		return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
	}

	private static String typeName(Class<?> type) {
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class
				|| type == Short.class || type == short.class) {
			return "a whole number";
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
			return "a number";
		}
		if (type == LocalDate.class) {
			return "a date written as YYYY-MM-DD";
		}
		if (type == Instant.class || type == OffsetDateTime.class) {
			return "a date and time written as YYYY-MM-DDThh:mm:ssZ";
		}
		if (type == String.class) {
			return "text";
		}
		if (type.isEnum()) {
			return "one of " + Arrays.toString(type.getEnumConstants());
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "a list";
		}
		if (type == UUID.class) {
			return "an id such as 0b5e7c9a-3f1d-4e2b-9a6c-2d8f4b1e7a30";
		}
		if (Map.class.isAssignableFrom(type) || type.isRecord()) {
			return "an object";
		}
		return "of the expected type";
	}

	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference ref : ex.getPath()) {
			if (ref.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				path.append('[').append(ref.getIndex()).append(']');
			}
		}
		return path.toString();
	}

}
