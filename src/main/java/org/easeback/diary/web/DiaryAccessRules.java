package org.easeback.diary.web;

import java.util.List;

import org.easeback.shared.AccessRules;

import org.springframework.stereotype.Component;

/** The diary, page and API, is a signed-in person's own. */
@Component
class DiaryAccessRules implements AccessRules {

	@Override
	public List<String> signedIn() {
		return List.of("/diary/**", "/api/v1/diary/**");
	}

}
