package org.easeback.handoff.web;

import jakarta.validation.Valid;
import org.easeback.handoff.Intake;

/**
 * The body of {@code PUT /api/v1/handoff/intake}.
 *
 * @param version the version the intake was read at (0 when there was none)
 * @param intake the whole new intake
 */
record IntakeRequest(Integer version, @Valid Intake intake) {

}
