package org.easeback.therapist.web;

import java.util.List;

import org.easeback.shared.AccessRules;

import org.springframework.stereotype.Component;

/** The therapist pages and API need the therapist role. */
@Component
class TherapistAccessRules implements AccessRules {

	@Override
	public List<String> therapists() {
		return List.of("/therapist/**", "/api/v1/therapist/**");
	}

}
