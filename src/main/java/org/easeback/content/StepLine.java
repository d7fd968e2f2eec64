package org.easeback.content;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.easeback.shared.Pressure;

/**
 * One line of an item's steps with the wordings a plan chooses from (docs/content.md,
 * "Step lines that change with the plan").
 *
 * @param text the line as written; the library shows it
 * @param byPressure the line at a planned pressure, where it differs
 * @param sideLying the line when the receiver lies on their side, or {@code null}
 * @param partner the line as a giver reads it in a partner plan, or {@code null}
 * @param bothSidesOnly true when the line belongs only to a step that works both sides
 * @param from the lightest planned pressure that shows the line, or {@code null}
 * @param upTo the firmest planned pressure that shows the line, or {@code null}
 */
public record StepLine(String text, Map<Pressure, String> byPressure, String sideLying, String partner,
		boolean bothSidesOnly, Pressure from, Pressure upTo) {

	public StepLine {
		Objects.requireNonNull(text, "text");
		byPressure = byPressure.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(byPressure));
	}

	/** A line worded the same in every plan. */
	public static StepLine plain(String text) {
		return new StepLine(text, Map.of(), null, null, false, null, null);
	}

	/**
	 * The line as a step shows it, or empty when the step leaves it out.
	 * @param pressure the step's planned pressure, or {@code null} when nothing presses
	 * @param oneSide true when the step works one side or one sore spot
	 * @param sideLying true when the receiver lies on their side
	 */
	public Optional<String> wording(Pressure pressure, boolean oneSide, boolean sideLying) {
		if (pressure != null && (this.from != null && pressure.compareTo(this.from) < 0
				|| this.upTo != null && pressure.compareTo(this.upTo) > 0)) {
			return Optional.empty();
		}
		if (sideLying && this.sideLying != null) {
			return Optional.of(this.sideLying);
		}
		if (this.bothSidesOnly && (oneSide || sideLying)) {
			return Optional.empty();
		}
		if (pressure != null && this.byPressure.containsKey(pressure)) {
			return Optional.of(this.byPressure.get(pressure));
		}
		return Optional.of(this.text);
	}

}
