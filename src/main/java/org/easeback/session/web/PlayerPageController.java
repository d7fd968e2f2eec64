package org.easeback.session.web;

import java.util.UUID;

import org.easeback.content.ContentLibrary;
import org.easeback.planner.Plans;
import org.easeback.planner.StoredPlan;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/** The guided player for a saved plan. */
@Controller
class PlayerPageController {

	private final Plans plans;

	private final ContentLibrary library;

	private final JsonMapper json;

	PlayerPageController(Plans plans, ContentLibrary library, JsonMapper json) {
		this.plans = plans;
		this.library = library;
		this.json = json;
	}

	@GetMapping("/sessions/{id}")
	String player(@PathVariable UUID id, Model model) {
		StoredPlan stored = this.plans.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("plan", stored.plan());
		model.addAttribute("planId", stored.id());
		model.addAttribute("heading", "Your " + stored.plan().minutes() + "-minute session");
		model.addAttribute("planJson", scriptSafe(this.json.writeValueAsString(PlayerView.of(stored, this.library))));
		return "session/player";
	}

	/**
	 * JSON placed inside a script element must not be able to close it: notes can carry
	 * words the person typed.
	 */
	static String scriptSafe(String json) {
		return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

}
