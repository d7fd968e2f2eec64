package org.easeback.safety;

import java.time.Instant;
import java.util.Objects;

/**
 * Published when a signed-in person completes the safety check, so the hand-off can show
 * the latest outcome. Anonymous checks publish nothing.
 *
 * @param username who checked
 * @param result what the check decided
 * @param checkedAt when
 */
public record SafetyChecked(String username, SafetyResult result, Instant checkedAt) {

	public SafetyChecked {
		Objects.requireNonNull(username, "username");
		Objects.requireNonNull(result, "result");
		Objects.requireNonNull(checkedAt, "checkedAt");
	}

}
