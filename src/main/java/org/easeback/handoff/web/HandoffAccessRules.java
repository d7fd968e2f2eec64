package org.easeback.handoff.web;

import java.util.List;

import org.easeback.shared.AccessRules;

import org.springframework.stereotype.Component;

/**
 * The intake questionnaire (FHIR) and the visit checklist are public; the hand-off pages
 * and API are a signed-in person's own.
 */
@Component
class HandoffAccessRules implements AccessRules {

	@Override
	public List<String> anyone() {
		return List.of("/fhir/**", "/visit");
	}

	@Override
	public List<String> signedIn() {
		return List.of("/handoff/**", "/api/v1/handoff/**");
	}

}
