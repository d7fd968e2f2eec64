package org.easeback.safety.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The check form as the page shows it: the questions by group, worded for the mode, the
 * values entered (kept when the form comes back with errors) and one message per field,
 * in the order of the page.
 *
 * @param mode whom the answers are for, or {@code null} when not said
 * @param values the values entered, by parameter name
 * @param errors the first message of each field, in the order of the page
 */
public record CheckFormView(CheckMode mode, Map<String, List<String>> values, Map<String, String> errors) {

	/** The fields named in the order the page shows them, for the error summary. */
	private static final List<String> PAGE_ORDER = pageOrder();

	static CheckFormView of(CheckMode mode, Map<String, List<String>> values, List<FieldProblem> problems) {
		Map<String, String> errors = new LinkedHashMap<>();
		problems.stream()
			.map(p -> new FieldProblem(fieldOf(p.field()), p.message()))
			.sorted(Comparator.comparingInt(p -> position(p.field())))
			.forEach(p -> errors.putIfAbsent(p.field(), p.message()));
		return new CheckFormView(mode, values, errors);
	}

	/**
	 * The groups asked with boxes and "None of these", in order; each one phone screen.
	 */
	public List<QuestionGroup> groups() {
		return CheckSubmission.riskGroups();
	}

	/** The group asked on the "about the pain" screen, with the age. */
	public QuestionGroup howItStarted() {
		return QuestionGroup.HOW_IT_STARTED;
	}

	/** The screens before the "about the pain" one: the other risk groups. */
	public List<QuestionGroup> groupsBeforeThePain() {
		return groups().stream().filter(g -> g != QuestionGroup.HOW_IT_STARTED).toList();
	}

	/** How many screens the stepper has: those groups, the pain, the allergies. */
	public int steps() {
		return groupsBeforeThePain().size() + 2;
	}

	/** The questions of a group that get a box (follow-ups come under their answer). */
	public List<Question> questions(QuestionGroup group) {
		return CheckSubmission.questions(group);
	}

	/** The yes/no follow-up asked after this answer, if any. */
	public List<Question> followUps(Question question) {
		return Arrays.stream(Question.values())
			.filter(q -> q.dependsOn().filter(question::equals).isPresent())
			.toList();
	}

	/** The message key of the "If …:" that says when a follow-up is asked. */
	public String condition(Question followUp) {
		return switch (followUp.dependsOn().orElseThrow()) {
			case PREGNANT -> "check.if.pregnant";
			case SKIN_PROBLEM -> "check.if.skinProblem";
			default -> throw new IllegalArgumentException("no condition label for " + followUp.id());
		};
	}

	public Question floorIsEasy() {
		return Question.FLOOR_IS_EASY;
	}

	/** The message key of a question's words for this mode. */
	public String text(Question question) {
		return question.textKey(voice());
	}

	/** The message key of a question's help. */
	public String help(Question question) {
		return question.helpKey();
	}

	/** The message key of a group's heading. */
	public String title(QuestionGroup group) {
		return group.titleKey();
	}

	/** The message key of a group's "None of these" label. */
	public String none(QuestionGroup group) {
		return group.noneKey();
	}

	/** Whose words the questions are in. */
	Question.Voice voice() {
		return CheckMode.voice(this.mode);
	}

	/** The message key of the sentence that says whom the questions are about. */
	public String intro() {
		return (this.mode == null) ? "check.mode.none" : this.mode.intro();
	}

	public int firstEpisodeBelow() {
		return SafetyFormParameters.FIRST_EPISODE_BELOW;
	}

	public int firstEpisodeAbove() {
		return SafetyFormParameters.FIRST_EPISODE_ABOVE;
	}

	public int floorAskedAbove() {
		return SafetyFormParameters.FLOOR_ASKED_ABOVE;
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

	/** A question's box: ticked when it was answered yes. */
	public boolean ticked(Question question) {
		String name = CheckSubmission.name(question);
		return checked(name, "yes") || checked(name, "true");
	}

	/**
	 * A group's "None of these": ticked when it was, or when every question of the group
	 * came back as an explicit "no" (changing the answers of a result).
	 */
	public boolean noneTicked(QuestionGroup group) {
		return checked(CheckSubmission.NONE_PREFIX + group.name(), "yes") || questions(group).stream()
			.allMatch(q -> checked(CheckSubmission.name(q), "no") || checked(CheckSubmission.name(q), "false"));
	}

	public boolean noAllergiesTicked() {
		return checked(CheckSubmission.NONE_PREFIX + CheckSubmission.ALLERGIES, "yes");
	}

	public String error(String name) {
		return this.errors.get(name);
	}

	/** The error of a whole group, or {@code null}. */
	public String groupError(String group) {
		return this.errors.get(CheckSubmission.GROUP_PREFIX + group);
	}

	/**
	 * What a field is called in the error summary: the words of its label on the page (a
	 * question's own words for an answer, a group's heading for a group), or its name for
	 * a field the page does not have.
	 */
	public MessageSourceResolvable label(String name) {
		if (name.startsWith(SafetyFormParameters.ANSWER_PREFIX)) {
			return Question.byId(name.substring(SafetyFormParameters.ANSWER_PREFIX.length()))
				.<MessageSourceResolvable>map(q -> new DefaultMessageSourceResolvable(text(q)))
				.orElse(new DefaultMessageSourceResolvable(null, name));
		}
		if (name.equals(CheckSubmission.GROUP_PREFIX + CheckSubmission.ALLERGIES)) {
			return new DefaultMessageSourceResolvable("check.allergies");
		}
		if (name.startsWith(CheckSubmission.GROUP_PREFIX)) {
			return new DefaultMessageSourceResolvable(
					QuestionGroup.valueOf(name.substring(CheckSubmission.GROUP_PREFIX.length())).titleKey());
		}
		return (PAGE_ORDER.contains(name) || name.equals("answers"))
				? new DefaultMessageSourceResolvable("check." + name) : new DefaultMessageSourceResolvable(null, name);
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

	private static int position(String field) {
		int at = PAGE_ORDER.indexOf(field);
		return (at < 0) ? PAGE_ORDER.size() : at;
	}

	private static List<String> pageOrder() {
		List<String> order = new ArrayList<>();
		for (QuestionGroup group : CheckSubmission.riskGroups()) {
			if (group == QuestionGroup.HOW_IT_STARTED) {
				order.addAll(List.of("age", "firstEpisode", CheckSubmission.name(Question.FLOOR_IS_EASY)));
			}
			order.add(CheckSubmission.GROUP_PREFIX + group.name());
			for (Question question : CheckSubmission.questions(group)) {
				order.add(CheckSubmission.name(question));
				if (question == Question.PREGNANT) {
					order.add("pregnancyWeeks");
				}
				Arrays.stream(Question.values())
					.filter(q -> q.dependsOn().filter(question::equals).isPresent())
					.forEach(q -> order.add(CheckSubmission.name(q)));
				if (question == Question.SKIN_PROBLEM) {
					order.add("skinAreas");
				}
			}
			if (group == QuestionGroup.HOW_IT_STARTED) {
				order.add("painOnset");
			}
		}
		order.addAll(List.of(CheckSubmission.GROUP_PREFIX + CheckSubmission.ALLERGIES, "otherAllergies"));
		return List.copyOf(order);
	}

}
