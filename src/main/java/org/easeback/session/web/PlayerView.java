package org.easeback.session.web;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.easeback.content.ContentItem;
import org.easeback.content.ContentLibrary;
import org.easeback.content.Timing;
import org.easeback.planner.PlanStep;
import org.easeback.planner.StoredPlan;

import org.springframework.context.support.MessageSourceAccessor;

/**
 * The plan as the player's script reads it: every step of the plan, in the plan's order,
 * as the API gives it (so a component the planner adds, such as the hands, reaches the
 * player too), with its words for phase and areas and, for a stretch or an exercise, how
 * it is counted.
 */
record PlayerView(UUID id, String mode, List<Step> steps) {

	static PlayerView of(StoredPlan stored, ContentLibrary library, MessageSourceAccessor messages) {
		List<Step> steps = stored.plan()
			.steps()
			.stream()
			.map(s -> new Step(s, messages.getMessage("player.phase." + s.phase().name()),
					s.regions().stream().map(r -> library.region(r).name()).toList(),
					Exercise.of(s, library.find(s.itemId()).map(ContentItem::timing).orElse(null))))
			.toList();
		return new PlayerView(stored.id(), stored.plan().mode().name(), steps);
	}

	/**
	 * One step.
	 *
	 * @param step the step as the plan has it
	 * @param phaseLabel the name of its part of the session
	 * @param regionNames the names of the areas worked
	 * @param exercise how a stretch or an exercise is counted, or {@code null}
	 */
	record Step(@JsonUnwrapped PlanStep step, String phaseLabel, List<String> regionNames, Exercise exercise) {

	}

	/**
	 * How a stretch or an exercise is done: holds of a length, repetitions within the
	 * item's range, once on each side or not.
	 *
	 * @param holdSeconds how long each hold lasts, or {@code null} without holds
	 * @param repsMin the fewest repetitions (of the hold, or of the movement) per side
	 * @param repsMax the most repetitions per side: the counter stops there
	 * @param eachSide true when the work is done on one side, then the other
	 */
	record Exercise(Integer holdSeconds, int repsMin, int repsMax, boolean eachSide) {

		static Exercise of(PlanStep step, Timing timing) {
			if (timing == null || !timing.holds() && !timing.counted()) {
				return null;
			}
			Integer hold = step.holdSeconds() != null ? step.holdSeconds()
					: timing.holds() ? timing.holdSeconds().max() : null;
			int min = timing.counted() ? timing.repetitions().min() : 1;
			int max = timing.counted() ? timing.repetitions().max() : 1;
			return new Exercise(hold, min, Math.max(min, max), timing.eachSide());
		}

	}

}
