package org.easeback.safety.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.easeback.safety.ChangeLines;
import org.easeback.safety.Finding;
import org.easeback.safety.Labels;
import org.easeback.safety.Outcome;
import org.easeback.safety.SafetyAnswers;
import org.easeback.safety.SafetyFormParameters;
import org.easeback.safety.SafetyResult;

/** The result page: the outcome in words and an icon, the reasons and the next step. */
public final class ResultView {

	private final SafetyResult result;

	private final CheckMode mode;

	private final Map<String, List<String>> parameters;

	ResultView(SafetyResult result, SafetyAnswers answers, CheckMode mode) {
		this.result = result;
		this.mode = mode;
		this.parameters = SafetyFormParameters.write(answers);
	}

	public Outcome outcome() {
		return this.result.outcome();
	}

	/** The CSS class of the outcome card: urgent, see-clinician, caution or clear. */
	public String cssClass() {
		return outcome().name().toLowerCase().replace('_', '-');
	}

	public String title() {
		return switch (outcome()) {
			case URGENT -> "Get urgent medical care today";
			case SEE_CLINICIAN -> "See a clinician before any massage";
			case CAUTION -> "Massage is fine with some changes";
			case CLEAR -> "Nothing found: massage is fine";
		};
	}

	public List<Finding> findings() {
		return this.result.findings();
	}

	/** How long the pain has lasted, or {@code null} without an onset date. */
	public String episode() {
		return this.result.episode()
			.map(e -> "The pain started " + e.weeks() + (e.weeks() == 1 ? " week" : " weeks") + " ago: "
					+ Labels.episode(e.classification()) + ".")
			.orElse(null);
	}

	/** The changes the plan will make, one sentence each. */
	public List<String> changes() {
		return ChangeLines.withTheirWords(this.result.changes());
	}

	/**
	 * The answers (and the mode) as hidden fields for the planner and for changing them.
	 */
	public List<Map.Entry<String, String>> hiddenFields() {
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		if (this.mode != null) {
			fields.add(Map.entry("mode", this.mode.name()));
		}
		this.parameters.forEach((name, values) -> values.forEach(v -> fields.add(Map.entry(name, v))));
		return fields;
	}

	public boolean allowsPlan() {
		return this.result.allowsPlan();
	}

}
