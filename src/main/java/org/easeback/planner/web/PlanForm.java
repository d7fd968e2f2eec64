package org.easeback.planner.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.easeback.content.Equipment;
import org.easeback.planner.Mode;
import org.easeback.planner.PlanRequest;
import org.easeback.planner.SessionMinutes;
import org.easeback.shared.Pressure;
import org.easeback.shared.Region;

/** The plan form's fields, as bound from the page (public for the template engine). */
public record PlanForm(Mode mode, @NotNull @Min(SessionMinutes.MIN) @Max(SessionMinutes.MAX) Integer minutes,
		Set<Equipment> equipment, Set<Region> soreSpots, Set<Region> avoidRegions, Pressure pressure, String oil,
		String routine) {

	static final Set<String> FIELDS = Set.of("mode", "minutes", "equipment", "soreSpots", "avoidRegions", "pressure",
			"oil", "routine", "_csrf", "tapMarks");

	/** The value of the button that builds the session from the therapist's routine. */
	static final String FROM_THERAPIST = "therapist";

	/**
	 * The form a newcomer sees: press one button and get a sensible session. The pressure
	 * is medium, or the safety check's cap when that is lighter.
	 */
	static PlanForm defaults(Mode mode, Pressure cap) {
		return new PlanForm(mode, SessionMinutes.DEFAULT.value(), DefaultEquipment.of(mode), Set.of(), Set.of(),
				Pressure.MEDIUM.cappedAt(cap), "", null);
	}

	/** True when the person pressed "Start my therapist's routine". */
	boolean fromTherapist() {
		return FROM_THERAPIST.equals(this.routine);
	}

	public Mode modeOrDefault() {
		return this.mode == null ? Mode.PARTNER : this.mode;
	}

	PlanRequest toRequest() {
		return toRequest(modeOrDefault(), List.of());
	}

	/** A request for the items of a therapist's home routine: always for yourself. */
	PlanRequest toRoutineRequest(List<String> itemIds) {
		return toRequest(Mode.SELF, itemIds);
	}

	private PlanRequest toRequest(Mode mode, List<String> itemIds) {
		return new PlanRequest(mode, new SessionMinutes(this.minutes),
				this.equipment == null ? EnumSet.noneOf(Equipment.class) : this.equipment,
				this.soreSpots == null ? Set.of() : this.soreSpots,
				this.avoidRegions == null ? Set.of() : this.avoidRegions,
				this.pressure == null ? Pressure.MEDIUM : this.pressure,
				this.oil == null || this.oil.isBlank() ? null : this.oil, itemIds);
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
