package org.easeback.session.web;

import java.util.List;
import java.util.UUID;

import org.easeback.content.ContentLibrary;
import org.easeback.planner.StoredPlan;
import org.easeback.shared.Pressure;

import org.springframework.context.support.MessageSourceAccessor;

/**
 * The plan as the player's script reads it: steps with their words for phase and areas.
 */
record PlayerView(UUID id, String mode, List<Step> steps) {

	static PlayerView of(StoredPlan stored, ContentLibrary library, MessageSourceAccessor messages) {
		List<Step> steps = stored.plan()
			.steps()
			.stream()
			.map(s -> new Step(s.index(), s.phase().name(), messages.getMessage("player.phase." + s.phase().name()),
					s.title(), s.instructions(), s.seconds(), s.pressure(), s.checkIn(), s.checkInPrompt(),
					s.cautions(), s.why(), s.regions().stream().map(r -> library.region(r).name()).toList(),
					s.holdSeconds(), s.repetitions(), s.itemId()))
			.toList();
		return new PlayerView(stored.id(), stored.plan().mode().name(), steps);
	}

	record Step(int index, String phase, String phaseLabel, String title, List<String> instructions, int seconds,
			Pressure pressure, boolean checkIn, String checkInPrompt, List<String> cautions, String why,
			List<String> regionNames, Integer holdSeconds, Integer repetitions, String itemId) {

	}

}
