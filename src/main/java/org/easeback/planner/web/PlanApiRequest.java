package org.easeback.planner.web;

import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.easeback.content.Equipment;
import org.easeback.planner.Mode;
import org.easeback.planner.PlanRequest;
import org.easeback.planner.SessionMinutes;
import org.easeback.safety.SafetyInput;
import org.easeback.shared.Pressure;
import org.easeback.shared.Region;

/**
 * The body of {@code POST /api/v1/plans}. Only {@code safety} is required: the server
 * runs the safety check on those answers itself and never trusts an outcome a client
 * sends.
 */
record PlanApiRequest(Mode mode, @Min(SessionMinutes.MIN) @Max(SessionMinutes.MAX) Integer minutes,
		Set<Equipment> equipment, Set<Region> soreSpots, Set<Region> avoidRegions, Pressure pressure, String oil,
		@NotNull(
				message = "is required: the planner runs the safety check on these answers") @Valid SafetyInput safety) {

	PlanRequest toRequest() {
		Mode m = this.mode == null ? Mode.PARTNER : this.mode;
		return new PlanRequest(m, this.minutes == null ? SessionMinutes.DEFAULT : new SessionMinutes(this.minutes),
				this.equipment == null ? DefaultEquipment.of(m) : this.equipment,
				this.soreSpots == null ? Set.of() : this.soreSpots,
				this.avoidRegions == null ? Set.of() : this.avoidRegions,
				this.pressure == null ? Pressure.MEDIUM : this.pressure, blankToNull(this.oil));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
