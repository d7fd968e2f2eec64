package org.easeback.session.web;

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
 */
public record PlayerPage(UUID planId, Plan plan, MessageSourceResolvable retention, String planJson) {
}
