package org.easeback.safety.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.easeback.safety.Labels;
import org.easeback.safety.Question;
import org.easeback.safety.QuestionGroup;
import org.easeback.safety.SafetyFormParameters;
import org.easeback.shared.Allergen;
import org.easeback.shared.FieldProblem;
import org.easeback.shared.Region;

/**
 * The check form as the page shows it: the questions by group, the values entered (kept
 * when the form comes back with errors) and one message per field.
 */
public final class CheckFormView {

	private static final Map<String, String> LABELS = Map.of("age", "Age", "painOnset", "When the pain started",
			"pregnancyWeeks", "Weeks of pregnancy", "firstEpisode", "First time with back pain", "otherAllergies",
			"Other allergies", "skinAreas", "Where the skin problem is", "answers", "Answers");

	private final CheckMode mode;

	private final Map<String, List<String>> values;

	private final Map<String, String> errors = new LinkedHashMap<>();

	CheckFormView(CheckMode mode, Map<String, List<String>> values, List<FieldProblem> problems) {
		this.mode = mode;
		this.values = values;
		problems.forEach(p -> this.errors.putIfAbsent(fieldOf(p.field()), p.message()));
	}

	public CheckMode mode() {
		return this.mode;
	}

	public List<QuestionGroup> groups() {
		return List.of(QuestionGroup.values());
	}

	public List<Question> questions(QuestionGroup group) {
		return Arrays.stream(Question.values()).filter(q -> q.group() == group).toList();
	}

	public List<Allergen> allergens() {
		return List.of(Allergen.values());
	}

	public String allergenLabel(Allergen allergen) {
		return Labels.allergen(allergen);
	}

	public List<Region> regions() {
		return Arrays.stream(Region.values()).filter(r -> !r.isNoPressureZone()).toList();
	}

	public String regionLabel(Region region) {
		return Labels.region(region);
	}

	public String value(String name) {
		List<String> given = this.values.get(name);
		return (given == null || given.isEmpty()) ? "" : given.get(0);
	}

	public boolean checked(String name, String value) {
		return this.values.getOrDefault(name, List.of()).contains(value);
	}

	public String error(String name) {
		return this.errors.get(name);
	}

	public Map<String, String> errors() {
		return this.errors;
	}

	/** What a field is called in the error summary. */
	public String label(String name) {
		if (name.startsWith(SafetyFormParameters.ANSWER_PREFIX)) {
			return Question.byId(name.substring(SafetyFormParameters.ANSWER_PREFIX.length()))
				.map(Question::text)
				.orElse(name);
		}
		return LABELS.getOrDefault(name, name);
	}

	/** The element id of a field, used by labels, error links and aria-describedby. */
	public String id(String name) {
		return fieldId(name);
	}

	static String fieldId(String name) {
		return "f-" + name.replace('.', '-');
	}

	/**
	 * Errors name the field as the domain does; the form shows them on its own inputs.
	 */
	private static String fieldOf(String field) {
		String plain = field.replaceAll("\\[\\d+]$", "");
		return plain.equals("allergies") ? "otherAllergies" : plain;
	}

}
