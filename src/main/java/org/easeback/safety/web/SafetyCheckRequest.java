package org.easeback.safety.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Size;
import org.easeback.safety.SafetyInput;
import org.easeback.shared.Region;

/**
 * The body of {@code POST /api/v1/safety-checks}. Only {@code answers} is required; a
 * question left out of it counts as "no". A field not listed here is refused, as in every
 * JSON API ({@code web.StrictJsonInput}).
 */
record SafetyCheckRequest(Map<String, Boolean> answers, Integer age, LocalDate painOnset, Integer pregnancyWeeks, @Size(
		max = SafetyInput.MAX_ALLERGIES,
		message = "list at most " + SafetyInput.MAX_ALLERGIES + " allergies") List<@Size(
				max = SafetyInput.MAX_ALLERGY_LENGTH,
				message = "must be at most " + SafetyInput.MAX_ALLERGY_LENGTH + " characters") String> allergies,
		Boolean firstEpisode,
		@Size(max = Region.COUNT, message = "list each area at most once") List<String> skinAreas) {

	SafetyInput toInput() {
		return new SafetyInput(this.answers, this.age, this.painOnset, this.pregnancyWeeks, this.allergies,
				this.firstEpisode, this.skinAreas);
	}

}
