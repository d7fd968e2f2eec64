package org.easeback.handoff;

import java.time.Instant;
import java.util.List;

import org.easeback.safety.Outcome;

/**
 * The outcome of the last safety check a signed-in client completed.
 *
 * @param outcome what the check decided
 * @param reasons the findings' reasons, worst first
 * @param checkedAt when
 */
public record LatestSafetyCheck(Outcome outcome, List<String> reasons, Instant checkedAt) {

	public LatestSafetyCheck {
		reasons = List.copyOf(reasons);
	}

}
