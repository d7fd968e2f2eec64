package org.easeback.planner;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.easeback.content.Equipment;
import org.easeback.shared.Pressure;
import org.easeback.shared.Region;

/**
 * What the person asked for, already checked for types and ranges.
 *
 * @param mode who the session is for
 * @param minutes how long
 * @param equipment what is at hand
 * @param soreSpots where it hurts
 * @param avoidRegions where not to touch
 * @param pressure the pressure liked
 * @param oilId the content id of the oil chosen, or {@code null} to let the planner pick
 * @param itemIds the stretches and self-massage items to do, in order, instead of the
 * mode's routine (a therapist's home routine), or empty for the mode's routine; the
 * planner still leaves out every item the safety answers, the areas or the equipment rule
 * out
 */
public record PlanRequest(Mode mode, SessionMinutes minutes, Set<Equipment> equipment, Set<Region> soreSpots,
		Set<Region> avoidRegions, Pressure pressure, String oilId, List<String> itemIds) {

	/** A request for the routine of the mode. */
	public PlanRequest(Mode mode, SessionMinutes minutes, Set<Equipment> equipment, Set<Region> soreSpots,
			Set<Region> avoidRegions, Pressure pressure, String oilId) {
		this(mode, minutes, equipment, soreSpots, avoidRegions, pressure, oilId, List.of());
	}

	public PlanRequest {
		Objects.requireNonNull(mode, "mode");
		Objects.requireNonNull(minutes, "minutes");
		Objects.requireNonNull(pressure, "pressure");
		equipment = Set.copyOf(equipment.isEmpty() ? EnumSet.noneOf(Equipment.class) : EnumSet.copyOf(equipment));
		soreSpots = Set.copyOf(soreSpots);
		avoidRegions = Set.copyOf(avoidRegions);
		itemIds = itemIds == null ? List.of() : itemIds.stream().distinct().toList();
	}

	/** True when the request names its items (a therapist's home routine). */
	public boolean chosenItems() {
		return !this.itemIds.isEmpty();
	}

	/** True when the piece of equipment is at hand. */
	public boolean has(Equipment piece) {
		return this.equipment.contains(piece);
	}

}
