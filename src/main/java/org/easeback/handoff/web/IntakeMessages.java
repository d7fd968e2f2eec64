package org.easeback.handoff.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.easeback.shared.FieldProblem;

import org.springframework.context.MessageSource;

/**
 * The intake page's messages for a refused save: each problem named as the page labels
 * its answer ("Over-the-counter medicines, entry 2 must be at most 200 characters"), for
 * the summary that links to the answer, and each input's own messages, shown after it.
 * The rules name the intake's fields ({@code medicines[3].name},
 * {@code surgeries[0].year}); this maps them back to the inputs a person typed into.
 *
 * @param byInput each input's id and its messages
 * @param summary one line per problem, in the order found (public: the page reads it)
 */
public record IntakeMessages(Map<String, String> byInput, List<Line> summary) {

	private static final Pattern FIELD = Pattern.compile("^([A-Za-z]+)(?:\\[(\\d+)])?(?:\\.([A-Za-z]+))?$");

	/** The parts of an entry that have a name on the page. */
	private static final Set<String> PARTS = Set.of("year", "area", "name");

	/** One problem for the summary: the input it links to and what to say. */
	public record Line(String input, String text) {
	}

	/**
	 * The messages, each answer named as messages.properties labels it
	 * ({@code handoff.field.*}).
	 */
	static IntakeMessages of(List<FieldProblem> problems, IntakeForm form, MessageSource messages, Locale locale) {
		Map<String, String> byInput = new LinkedHashMap<>();
		List<Line> summary = new ArrayList<>();
		int prescriptions = form.prescriptionCount();
		for (FieldProblem problem : problems) {
			Matcher m = FIELD.matcher(problem.field());
			String input = m.matches() ? m.group(1) : problem.field();
			Integer index = m.matches() && m.group(2) != null ? Integer.valueOf(m.group(2)) : null;
			String part = m.matches() ? m.group(3) : null;
			if (input.equals("medicines")) {
				boolean prescription = index != null && index < prescriptions;
				input = prescription ? "prescriptionMedicines" : "otherMedicines";
				index = index == null || prescription ? index : index - prescriptions;
				part = null;
			}
			String name = messages.getMessage("handoff.field." + input, null, input, locale);
			if (index != null) {
				name = messages.getMessage("handoff.field.entry", new Object[] { name, index + 1 }, locale);
			}
			if (part != null && PARTS.contains(part)) {
				name = messages.getMessage("handoff.field.part." + part, new Object[] { name }, locale);
			}
			summary.add(new Line(input, name + " " + problem.message()));
			byInput.merge(input, problem.message(), (a, b) -> a + "; " + b);
		}
		return new IntakeMessages(byInput, summary);
	}

	public boolean isEmpty() {
		return this.summary.isEmpty();
	}

}
