package org.easeback.planner;

import java.util.List;
import java.util.Objects;

import org.easeback.shared.Pressure;
import org.easeback.shared.Region;

/**
 * One step of a session as the player shows it.
 *
 * @param index position in the plan, from 0
 * @param phase the part of the session
 * @param title what to do, in a few words
 * @param instructions what to do, step by step
 * @param seconds how long the step lasts; 0 for an untimed step
 * @param pressure the pressure to use, or {@code null} when nothing presses
 * @param maxPressure the firmest pressure feedback may raise this step to (the lower of
 * the technique's own maximum and the safety cap), or {@code null}
 * @param regions the areas worked on
 * @param itemId the content item the step comes from
 * @param checkIn true when the step opens with a pressure check-in
 * @param checkInPrompt what to ask at the check-in, or {@code null}
 * @param cautions what to watch for
 * @param sources article files behind the step
 * @param why one line saying why the step is here
 * @param holdSeconds seconds to hold a stretch, or {@code null}
 * @param repetitions repetitions of a stretch, or {@code null}
 * @param hands what the hands or the tool do, from the item, or {@code null}
 */
public record PlanStep(int index, Phase phase, String title, List<String> instructions, int seconds, Pressure pressure,
		Pressure maxPressure, List<Region> regions, String itemId, boolean checkIn, String checkInPrompt,
		List<String> cautions, List<String> sources, String why, Integer holdSeconds, Integer repetitions,
		String hands) {

	public PlanStep {
		Objects.requireNonNull(phase, "phase");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(itemId, "itemId");
		Objects.requireNonNull(why, "why");
		if (seconds < 0) {
			throw new IllegalArgumentException("seconds must not be negative");
		}
		if (pressure != null && maxPressure != null && pressure.compareTo(maxPressure) > 0) {
			throw new IllegalArgumentException("pressure " + pressure + " is above the step's cap " + maxPressure);
		}
		instructions = List.copyOf(instructions);
		regions = List.copyOf(regions);
		cautions = List.copyOf(cautions);
		sources = List.copyOf(sources);
	}

	/** The same step at another position. */
	PlanStep at(int newIndex) {
		return new PlanStep(newIndex, this.phase, this.title, this.instructions, this.seconds, this.pressure,
				this.maxPressure, this.regions, this.itemId, this.checkIn, this.checkInPrompt, this.cautions,
				this.sources, this.why, this.holdSeconds, this.repetitions, this.hands);
	}

	/** The same step lasting another number of seconds. */
	PlanStep lasting(int newSeconds) {
		return new PlanStep(this.index, this.phase, this.title, this.instructions, newSeconds, this.pressure,
				this.maxPressure, this.regions, this.itemId, this.checkIn, this.checkInPrompt, this.cautions,
				this.sources, this.why, this.holdSeconds, this.repetitions, this.hands);
	}

	/** The same step opening with a check-in, or not. */
	PlanStep withCheckIn(String prompt) {
		return new PlanStep(this.index, this.phase, this.title, this.instructions, this.seconds, this.pressure,
				this.maxPressure, this.regions, this.itemId, prompt != null, prompt, this.cautions, this.sources,
				this.why, this.holdSeconds, this.repetitions, this.hands);
	}

}
