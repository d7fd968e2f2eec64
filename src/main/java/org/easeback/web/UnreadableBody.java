package org.easeback.web;

import org.easeback.shared.FieldProblem;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Names the field of a request body that could not be read (wrong JSON type, unknown enum
 * value, unknown property or broken JSON) and says what it must be, for example
 * {@code answers.fever}: "must be true or false".
 */
final class UnreadableBody {

	private UnreadableBody() {
	}

	static FieldProblem describe(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getCause();
		while (cause != null && !(cause instanceof JacksonException)) {
			cause = cause.getCause();
		}
		if (!(cause instanceof JacksonException jackson)) {
			return new FieldProblem("body", "is missing or is not valid JSON");
		}
		String field = path(jackson);
		if (field.isEmpty()) {
			return new FieldProblem("body", "is not valid JSON");
		}
		return new FieldProblem(field, message(jackson));
	}

	private static String message(JacksonException ex) {
		if (ex instanceof UnrecognizedPropertyException) {
			return "is not a known field";
		}
		if (ex instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
			return "must be " + typeName(invalid.getTargetType()) + ", not " + invalid.getValue();
		}
		if (ex instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
			return "must be " + typeName(mismatched.getTargetType());
		}
		return "has the wrong type";
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
		if (type == java.time.LocalDate.class) {
			return "a date written as YYYY-MM-DD";
		}
		if (type == String.class) {
			return "text";
		}
		if (type.isEnum()) {
			return "one of " + java.util.Arrays.toString(type.getEnumConstants());
		}
		if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "a list";
		}
		if (java.util.Map.class.isAssignableFrom(type)) {
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
