package org.easeback.safety.web;

import java.util.List;

import org.easeback.shared.AccessRules;

import org.springframework.stereotype.Component;

/** The safety check, page and API, is open to anyone. */
@Component
class SafetyAccessRules implements AccessRules {

	@Override
	public List<String> anyone() {
		return List.of("/check/**", "/api/v1/safety-checks/**");
	}

}
