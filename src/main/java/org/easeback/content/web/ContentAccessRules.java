package org.easeback.content.web;

import java.util.List;

import org.easeback.shared.AccessRules;

import org.springframework.stereotype.Component;

/** The library, page and API, is open to anyone. */
@Component
class ContentAccessRules implements AccessRules {

	@Override
	public List<String> anyone() {
		return List.of("/library/**", "/api/v1/library/**");
	}

}
