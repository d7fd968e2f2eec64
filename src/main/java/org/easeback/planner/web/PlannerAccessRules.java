package org.easeback.planner.web;

import java.util.List;

import org.easeback.shared.AccessRules;

import org.springframework.stereotype.Component;

/** Planning needs no account: a plan is reached by its link. */
@Component
class PlannerAccessRules implements AccessRules {

	@Override
	public List<String> anyone() {
		// the events of a plan are the session module's
		return List.of("/plan/**", "/api/v1/plans", "/api/v1/plans/*");
	}

}
