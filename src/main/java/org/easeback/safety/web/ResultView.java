package org.easeback.safety.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.easeback.safety.ChangeLines;
import org.easeback.safety.Finding;
import org.easeback.safety.Labels;
import org.easeback.safety.Outcome;
import org.easeback.safety.Question;
import org.easeback.safety.SafetyAnswers;
import org.easeback.safety.SafetyFormParameters;
import org.easeback.safety.SafetyResult;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The result page: the outcome in words and an icon, the reasons and the next step.
 *
 * @param result the check's result
 * @param changes the changes the plan will make, one sentence each
 * @param hiddenFields the answers (and the mode) as hidden fields, for the planner and
 * for changing them
 * @param mode whom the answers are for, or {@code null} when not said
 */
public record ResultView(SafetyResult result, List<String> changes, List<Map.Entry<String, String>> hiddenFields,
		CheckMode mode) {

	private static final String CLEARANCE = SafetyFormParameters.ANSWER_PREFIX + Question.CLINICIAN_CLEARANCE.id();

	static ResultView of(SafetyResult result, SafetyAnswers answers, CheckMode mode, ChangeLines lines) {
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		if (mode != null) {
			fields.add(Map.entry("mode", mode.name()));
		}
		SafetyFormParameters.write(answers)
			.forEach((name, values) -> values.forEach(v -> fields.add(Map.entry(name, v))));
		if (answers.allergies().known().isEmpty() && answers.allergies().other().isEmpty()) {
			// "no allergies" was an answer on the page; it has no parameter of its own
			fields.add(Map.entry(CheckSubmission.NONE_PREFIX + CheckSubmission.ALLERGIES, "yes"));
		}
		return new ResultView(result, lines.withTheirWords(result.changes()), List.copyOf(fields), mode);
	}

	/**
	 * Whether to ask if a clinician has cleared massage: only for findings a clinician
	 * can clear, never for an urgent one, and once.
	 */
	public boolean offersClearance() {
		return outcome() == Outcome.SEE_CLINICIAN
				&& this.hiddenFields.stream().noneMatch(f -> f.getKey().equals(CLEARANCE));
	}

	/**
	 * The answers with "a clinician said massage is fine", for the check to run again.
	 */
	public List<Map.Entry<String, String>> clearedFields() {
		List<Map.Entry<String, String>> fields = new ArrayList<>(this.hiddenFields);
		fields.add(Map.entry(CLEARANCE, "yes"));
		return List.copyOf(fields);
	}

	/** The message key of the clearance question in the mode's words. */
	public String clearanceQuestion() {
		return Question.CLINICIAN_CLEARANCE.textKey(CheckMode.voice(this.mode));
	}

	/** The message key of the clearance question's help. */
	public String clearanceHelp() {
		return Question.CLINICIAN_CLEARANCE.helpKey();
	}

	/**
	 * How long the pain has lasted, for {@code result.episode}.
	 *
	 * @param weeks whole weeks since the pain started
	 * @param classification the words for the kind of episode
	 */
	public record Episode(long weeks, MessageSourceResolvable classification) {
	}

	public Outcome outcome() {
		return this.result.outcome();
	}

	/** The CSS class of the outcome card: urgent, see-clinician, caution or clear. */
	public String cssClass() {
		return outcome().name().toLowerCase().replace('_', '-');
	}

	/** The message key of the outcome in words, shared with the planner's refusal. */
	public String title() {
		return "result.outcome." + outcome().name();
	}

	/**
	 * The reasons to show. An urgent result gives only its urgent reasons: the others (a
	 * pregnancy, a fresh strain) describe how to massage, and the page must say nothing
	 * but to get care now (SAFETY.md, the outcome table).
	 */
	public List<Finding> findings() {
		if (outcome() == Outcome.URGENT) {
			return this.result.findings().stream().filter(f -> f.outcome() == Outcome.URGENT).toList();
		}
		return this.result.findings();
	}

	/** How long the pain has lasted, or {@code null} without an onset date. */
	public Episode episode() {
		return this.result.episode()
			.map(e -> new Episode(e.weeks(), new DefaultMessageSourceResolvable(Labels.episode(e.classification()))))
			.orElse(null);
	}

	public boolean allowsPlan() {
		return this.result.allowsPlan();
	}

}
