package org.easeback.session.web;

import java.util.List;
import java.util.UUID;

import org.easeback.planner.Plan;

import org.springframework.context.MessageSourceResolvable;

/**
 * What the player page shows (public for the template engine).
 *
 * @param planId the stored plan's id, which the player's events are sent with
 * @param plan the plan
 * @param retention how long the link lasts unused
 * @param planJson the plan as the player's script reads it, safe inside a script element
 * @param wordsJson the script's words, safe inside a script element
 * @param restAdvice the codes of the advice after a stop without a reason to see a
 * clinician, for who is there (shown when the phone is offline)
 * @param clinicianAdvice the same with a reason to see a clinician
 */
public record PlayerPage(UUID planId, Plan plan, MessageSourceResolvable retention, String planJson, String wordsJson,
		List<String> restAdvice, List<String> clinicianAdvice) {

	public PlayerPage {
		restAdvice = List.copyOf(restAdvice);
		clinicianAdvice = List.copyOf(clinicianAdvice);
	}

	/** How many steps the player plays: every step of the plan. */
	public int stepCount() {
		return this.plan.steps().size();
	}

}
