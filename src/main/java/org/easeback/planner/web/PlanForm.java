package org.easeback.planner.web;

import java.util.EnumSet;
import java.util.Set;

import org.easeback.content.Equipment;
import org.easeback.planner.Mode;
import org.easeback.planner.PlanRequest;
import org.easeback.planner.SessionMinutes;
import org.easeback.shared.Pressure;
import org.easeback.shared.Region;

/** The plan form's fields, as bound from the page (public for the template engine). */
public record PlanForm(Mode mode, Integer minutes, Set<Equipment> equipment, Set<Region> soreSpots,
		Set<Region> avoidRegions, Pressure pressure, String oil) {

	static final Set<String> FIELDS = Set.of("mode", "minutes", "equipment", "soreSpots", "avoidRegions", "pressure",
			"oil", "_csrf", "tapMarks");

	/** The form a newcomer sees: press one button and get a sensible session. */
	static PlanForm defaults(Mode mode) {
		return new PlanForm(mode, SessionMinutes.DEFAULT.value(), DefaultEquipment.of(mode), Set.of(), Set.of(),
				Pressure.MEDIUM, "");
	}

	public Mode modeOrDefault() {
		return this.mode == null ? Mode.PARTNER : this.mode;
	}

	PlanRequest toRequest() {
		return new PlanRequest(modeOrDefault(), new SessionMinutes(this.minutes),
				this.equipment == null ? EnumSet.noneOf(Equipment.class) : this.equipment,
				this.soreSpots == null ? Set.of() : this.soreSpots,
				this.avoidRegions == null ? Set.of() : this.avoidRegions,
				this.pressure == null ? Pressure.MEDIUM : this.pressure,
				this.oil == null || this.oil.isBlank() ? null : this.oil);
	}

	public Set<Region> soreOrEmpty() {
		return this.soreSpots == null ? Set.of() : this.soreSpots;
	}

	public Set<Region> avoidOrEmpty() {
		return this.avoidRegions == null ? Set.of() : this.avoidRegions;
	}

	public Set<Equipment> equipmentOrEmpty() {
		return this.equipment == null ? Set.of() : this.equipment;
	}

}
