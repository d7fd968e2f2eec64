package org.easeback.planner;

import java.util.EnumSet;
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
 */
public record PlanRequest(Mode mode, SessionMinutes minutes, Set<Equipment> equipment, Set<Region> soreSpots,
		Set<Region> avoidRegions, Pressure pressure, String oilId) {

	public PlanRequest {
		Objects.requireNonNull(mode, "mode");
		Objects.requireNonNull(minutes, "minutes");
		Objects.requireNonNull(pressure, "pressure");
		equipment = Set.copyOf(equipment.isEmpty() ? EnumSet.noneOf(Equipment.class) : EnumSet.copyOf(equipment));
		soreSpots = Set.copyOf(soreSpots);
		avoidRegions = Set.copyOf(avoidRegions);
	}

	/** True when the piece of equipment is at hand. */
	public boolean has(Equipment piece) {
		return this.equipment.contains(piece);
	}

}
