package org.easeback.diary.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.easeback.shared.FieldProblem;
import org.easeback.shared.InvalidInputException;
import org.easeback.shared.Region;

import org.apache.commons.lang3.EnumUtils;

import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * The messages of refused diary forms for the summary at the top of the page, each named
 * by its field's label on the page and linked to its input; and the diary's own refusals
 * (a date in the future, an episode that overlaps) put into the form's binding result, so
 * they sit next to their fields as Spring's own do.
 */
final class FormProblems {

	private FormProblems() {
	}

	/**
	 * One message of the summary.
	 *
	 * @param anchor the link to the field's input, e.g. "#f-pain", or null for a message
	 * about no single field
	 * @param text e.g. "Pain now: must be between 0 and 10"
	 */
	record Problem(String anchor, String text) {
	}

	/** The summary of the forms' messages, in the forms' order. */
	static List<Problem> of(MessageSource messages, Locale locale, List<BindingResult> forms,
			Function<Region, String> areaNames) {
		List<Problem> problems = new ArrayList<>();
		for (BindingResult form : forms) {
			for (ObjectError error : form.getAllErrors()) {
				problems.add(problem(messages, locale, form.getObjectName(), error, areaNames));
			}
		}
		return List.copyOf(problems);
	}

	private static Problem problem(MessageSource messages, Locale locale, String form, ObjectError error,
			Function<Region, String> areaNames) {
		if (!(error instanceof FieldError field)) {
			return new Problem(null, messages.getMessage(error, locale));
		}
		String text = messages.getMessage(new DefaultMessageSourceResolvable(new String[] { "diary.problem" },
				new Object[] { label(form, field.getField(), areaNames), field }), locale);
		return new Problem("#" + inputId(field.getField()), text);
	}

	/** The field's label on the page, e.g. "Pain now" for {@code pain}. */
	private static MessageSourceResolvable label(String form, String field, Function<Region, String> areaNames) {
		if (field.startsWith("intensity[")) {
			return new DefaultMessageSourceResolvable(new String[] { "diary.entry.intensity.in" },
					new Object[] { area(field, areaNames) });
		}
		if (field.equals("regions")) {
			return new DefaultMessageSourceResolvable("bodyMap.choices");
		}
		String prefix = form.equals("episodeForm") ? "diary.episodes." : "diary.entry.";
		return new DefaultMessageSourceResolvable(new String[] { prefix + field }, field);
	}

	/** The body map's name of the area, or what was sent when it is no area. */
	private static String area(String intensityField, Function<Region, String> areaNames) {
		String region = intensityField.substring("intensity[".length(), intensityField.length() - 1);
		Region known = EnumUtils.getEnum(Region.class, region);
		return (known != null) ? areaNames.apply(known) : region;
	}

	/** The id of a field's input: "f-pain", "f-intensity-LUMBAR_LEFT". */
	static String inputId(String field) {
		return "f-" + field.replace("[", "-").replace("]", "");
	}

	/**
	 * The diary's own refusals as errors of the form's fields: a message about one area
	 * ("regions[0].intensity") belongs to the areas; one about no field of the form to
	 * the form.
	 */
	static void reject(BindingResult form, InvalidInputException refused) {
		var fields = PropertyAccessorFactory.forBeanPropertyAccess(form.getTarget());
		for (FieldProblem problem : refused.problems()) {
			String field = problem.field().startsWith("regions") ? "regions" : problem.field();
			if (fields.isReadableProperty(field)) {
				form.rejectValue(field, "diary.refused", problem.message());
			}
			else {
				form.reject("diary.refused", problem.message());
			}
		}
	}

}
