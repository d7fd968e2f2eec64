package org.easeback.session.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.easeback.shared.Pressure;

import org.springframework.context.support.MessageSourceAccessor;

/**
 * The words the player's script shows and speaks, read from {@code player.js.*} and the
 * pressure descriptions, so that no sentence lives in the script. Patterns keep their
 * {@code {0}} places for the script to fill.
 *
 * @param text the script's words by name
 * @param pressure each pressure level's words: {@code label}, {@code short} (shown with
 * the step) and {@code described} (how it feels, shown on demand and spoken)
 */
record PlayerWords(Map<String, String> text, Map<Pressure, Map<String, String>> pressure) {

	/** The names of the script's words, each {@code player.js.<name>}. */
	static final List<String> NAMES = List.of("progress", "where", "untimed", "hold", "holdOf", "rest", "release",
			"sideOf", "switchSides", "switchSidesSpoken", "repsCount", "repsEnough", "next", "last", "paused",
			"running", "finished", "stopped", "noted", "exerciseDone", "getReady");

	static PlayerWords of(MessageSourceAccessor messages) {
		Map<String, String> text = new LinkedHashMap<>();
		NAMES.forEach(name -> text.put(name, messages.getMessage("player.js." + name)));
		Map<Pressure, Map<String, String>> pressure = new LinkedHashMap<>();
		for (Pressure level : Pressure.values()) {
			String label = messages.getMessage("plan.pressure." + level.name());
			String ceiling = messages.getMessage("pressure." + level.name() + ".ceiling");
			String feels = messages.getMessage("pressure." + level.name() + ".feels");
			pressure.put(level,
					Map.of("label", label, "short",
							messages.getMessage("player.pressure.short", new Object[] { label, ceiling }), "described",
							messages.getMessage("pressure.described", new Object[] { label, feels, ceiling })));
		}
		return new PlayerWords(text, pressure);
	}

}
