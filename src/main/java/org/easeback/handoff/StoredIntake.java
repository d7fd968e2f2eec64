package org.easeback.handoff;

import java.time.Instant;

/**
 * An intake as stored, with the version an update must name.
 *
 * @param intake the profile
 * @param version 0 when nothing is stored yet, then 1, 2, ...
 * @param updatedAt when it was last saved, or null
 */
public record StoredIntake(Intake intake, int version, Instant updatedAt) {

	/** What an account without a saved intake reads. */
	public static final StoredIntake NONE = new StoredIntake(Intake.EMPTY, 0, null);

}
