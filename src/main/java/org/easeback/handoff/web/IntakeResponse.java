package org.easeback.handoff.web;

import java.time.Instant;

import org.easeback.handoff.Intake;
import org.easeback.handoff.StoredIntake;

/**
 * The intake as the API returns it.
 *
 * @param version the version a change must name
 * @param updatedAt when it was last saved, or null
 * @param intake the profile
 */
record IntakeResponse(int version, Instant updatedAt, Intake intake) {

	static IntakeResponse of(StoredIntake stored) {
		return new IntakeResponse(stored.version(), stored.updatedAt(), stored.intake());
	}

}
