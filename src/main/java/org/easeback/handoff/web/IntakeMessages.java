package org.easeback.handoff.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.easeback.shared.FieldProblem;

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

	private static final Map<String, String> LABELS = Map.ofEntries(
			Map.entry("conditions", "Health conditions and history"), Map.entry("history", "More about your history"),
			Map.entry("surgeries", "Back surgeries"), Map.entry("prescriptionMedicines", "Prescription medicines"),
			Map.entry("otherMedicines", "Over-the-counter medicines"), Map.entry("allergies", "Allergies"),
			Map.entry("otherAllergies", "Oils or anything else you react to"),
			Map.entry("avoidAreas", "Areas to avoid"), Map.entry("sensitiveAreas", "Sensitive areas"),
			Map.entry("preferredModality", "Preferred massage type"), Map.entry("pressure", "Pressure"),
			Map.entry("goals", "Your goals"));

	private static final Map<String, String> PARTS = Map.of("year", "the year", "area", "the operation", "name",
			"the name");

	/** One problem for the summary: the input it links to and what to say. */
	public record Line(String input, String text) {
	}

	static IntakeMessages of(List<FieldProblem> problems, IntakeForm form) {
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
			StringBuilder name = new StringBuilder(LABELS.getOrDefault(input, input));
			if (index != null) {
				name.append(", entry ").append(index + 1);
			}
			if (part != null && PARTS.containsKey(part)) {
				name.append(": ").append(PARTS.get(part));
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
