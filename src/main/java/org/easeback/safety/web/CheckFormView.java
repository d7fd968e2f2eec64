package org.easeback.safety.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.easeback.safety.Labels;
import org.easeback.safety.Question;
import org.easeback.safety.QuestionGroup;
import org.easeback.safety.SafetyFormParameters;
import org.easeback.shared.Allergen;
import org.easeback.shared.FieldProblem;
import org.easeback.shared.Region;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The check form as the page shows it: the questions by group, the values entered (kept
 * when the form comes back with errors) and one message per field.
 *
 * @param mode whom the answers are for, or {@code null} when not said
 * @param values the values entered, by parameter name
 * @param errors the first message of each field, in the order found
 */
public record CheckFormView(CheckMode mode, Map<String, List<String>> values, Map<String, String> errors) {

	/**
	 * The fields that the page labels with a message of the same name under
	 * {@code check.}.
	 */
	private static final Set<String> LABELLED = Set.of("age", "painOnset", "pregnancyWeeks", "firstEpisode",
			"otherAllergies", "skinAreas", "answers");

	static CheckFormView of(CheckMode mode, Map<String, List<String>> values, List<FieldProblem> problems) {
		Map<String, String> errors = new LinkedHashMap<>();
		problems.forEach(p -> errors.putIfAbsent(fieldOf(p.field()), p.message()));
		return new CheckFormView(mode, values, errors);
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

	/** The message key of the allergen's name. */
	public String allergenLabel(Allergen allergen) {
		return Labels.allergen(allergen);
	}

	public List<Region> regions() {
		return Arrays.stream(Region.values()).filter(r -> !r.isNoPressureZone()).toList();
	}

	/** The message key of the area's name. */
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

	/**
	 * What a field is called in the error summary: the words of its label on the page (a
	 * question's own text for an answer), or its name for a field the page does not have.
	 */
	public MessageSourceResolvable label(String name) {
		if (name.startsWith(SafetyFormParameters.ANSWER_PREFIX)) {
			String text = Question.byId(name.substring(SafetyFormParameters.ANSWER_PREFIX.length()))
				.map(Question::text)
				.orElse(name);
			return new DefaultMessageSourceResolvable(null, text);
		}
		return LABELLED.contains(name) ? new DefaultMessageSourceResolvable("check." + name)
				: new DefaultMessageSourceResolvable(null, name);
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
