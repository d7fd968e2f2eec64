package org.easeback.planner.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.easeback.planner.Mode;
import org.easeback.shared.FieldProblem;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * The plan form's messages for a refused form: each problem named as the page labels its
 * answer, with the same message key ("How long?: choose between 5 and 60 minutes"), for
 * the summary that links to the answer, and each answer's own message, shown at it. The
 * safety check's answers travel with the form in hidden fields; when they cannot be read
 * (an old link, a changed address) there is nothing on this page to correct, so one line
 * sends the person back to the check instead of naming hidden fields.
 *
 * @param byField each answer's field name and its messages
 * @param summary one line per answer, in the order found (public: the page reads it)
 */
public record PlanFormMessages(Map<String, String> byField, List<Line> summary) {

	/**
	 * The message key of each answer's label, the same the page labels it with, and the
	 * element a summary link goes to.
	 */
	private static final Map<String, Answer> ANSWERS = Map.of("mode", new Answer("plan.form.who", "#field-mode"),
			"minutes", new Answer("plan.form.howLong", "#minutes"), "equipment",
			new Answer("plan.form.equipment", "#field-equipment"), "pressure",
			new Answer("plan.form.pressure", "#field-pressure"), "oil", new Answer("plan.form.oil", "#oil"),
			"soreSpots", new Answer("plan.form.soreSpots", "#field-soreSpots"), "avoidRegions",
			new Answer("plan.form.avoidRegions", "#field-avoidRegions"), "routine",
			// the routine's button is only on the page when there is a routine to start
			new Answer("plan.form.routine", null));

	static final PlanFormMessages NONE = new PlanFormMessages(Map.of(), List.of());

	/**
	 * One line of the summary: where it links ({@code null}: nowhere) and what it says.
	 */
	public record Line(String href, String text) {
	}

	private record Answer(String labelKey, String anchor) {
	}

	static PlanFormMessages of(List<FieldProblem> problems, Mode mode, MessageSourceAccessor messages) {
		Map<String, String> byField = new LinkedHashMap<>();
		boolean safetyUnreadable = false;
		for (FieldProblem problem : problems) {
			String field = problem.field().split("[.\\[]", 2)[0];
			if (ANSWERS.containsKey(field)) {
				byField.merge(field, problem.message(), (a, b) -> a + "; " + b);
			}
			else {
				safetyUnreadable = true;
			}
		}
		List<Line> summary = new ArrayList<>();
		if (safetyUnreadable) {
			summary.add(backToTheCheck(mode, messages));
		}
		byField.forEach((field, message) -> {
			Answer answer = ANSWERS.get(field);
			summary.add(new Line(answer.anchor(), messages.getMessage("plan.form.errors.line",
					new Object[] { new DefaultMessageSourceResolvable(answer.labelKey()), message })));
		});
		return new PlanFormMessages(byField, summary);
	}

	/** The one message for safety answers that cannot be read. */
	static PlanFormMessages safetyUnreadable(Mode mode, MessageSourceAccessor messages) {
		return new PlanFormMessages(Map.of(), List.of(backToTheCheck(mode, messages)));
	}

	private static Line backToTheCheck(Mode mode, MessageSourceAccessor messages) {
		return new Line("/check?mode=" + mode.name(), messages.getMessage("plan.form.safetyUnreadable"));
	}

	/**
	 * What to say when a choice came back with a value the page never offered (a changed
	 * address or an old form).
	 */
	static String notOffered(String field, MessageSourceAccessor messages) {
		return messages.getMessage(new DefaultMessageSourceResolvable(
				new String[] { "plan.form.notOffered." + field, "plan.form.notOffered" }));
	}

	public boolean isEmpty() {
		return this.summary.isEmpty();
	}

	/** The answer's message, or {@code null}. */
	public String error(String field) {
		return this.byField.get(field);
	}

	/** {@code true} when the answer has a message, else {@code null} (no attribute). */
	public Boolean invalid(String field) {
		return this.byField.containsKey(field) ? Boolean.TRUE : null;
	}

	/** The id of the answer's message ({@code field-error}), or {@code null}. */
	public String describedBy(String field) {
		return this.byField.containsKey(field) ? field + "-error" : null;
	}

}
