package org.easeback.planner;

import java.util.List;
import java.util.Objects;

import org.easeback.safety.Outcome;
import org.easeback.safety.Position;
import org.easeback.shared.Pressure;

/**
 * A session as the planner built it: preparation checklists, then timed steps in order.
 *
 * @param mode who the session is for
 * @param minutes the length asked for, or the shorter length the plan keeps on purpose
 * when the safety check asks for shorter work (its notes say so)
 * @param safetyOutcome the outcome of the safety check the plan obeys (CLEAR or CAUTION)
 * @param pressureCap the firmest pressure the safety check allows; no step, even after
 * "firmer" feedback, goes past it
 * @param position how the receiver lies, for partner sessions
 * @param oil the oil or lotion suggested, in words, or {@code null}
 * @param oilId the content id of that oil, or {@code null}
 * @param summary one sentence describing the session
 * @param notes the changes made for safety and other notes, each saying why
 * @param checklists untimed preparation
 * @param steps the timed and untimed steps, in order
 */
public record Plan(Mode mode, int minutes, Outcome safetyOutcome, Pressure pressureCap, Position position, String oil,
		String oilId, String summary, List<String> notes, List<Checklist> checklists, List<PlanStep> steps) {

	public Plan {
		Objects.requireNonNull(mode, "mode");
		Objects.requireNonNull(safetyOutcome, "safetyOutcome");
		Objects.requireNonNull(pressureCap, "pressureCap");
		Objects.requireNonNull(position, "position");
		Objects.requireNonNull(summary, "summary");
		if (!safetyOutcome.allowsPlan()) {
			throw new IllegalArgumentException("no plan is built for " + safetyOutcome);
		}
		notes = List.copyOf(notes);
		checklists = List.copyOf(checklists);
		steps = List.copyOf(steps);
	}

	/** Seconds of all timed steps together. */
	public int totalSeconds() {
		return this.steps.stream().mapToInt(PlanStep::seconds).sum();
	}

	/** Content ids of every technique, method and stretch used, in order, once each. */
	public List<String> itemIds() {
		return this.steps.stream().map(PlanStep::itemId).distinct().toList();
	}

}
