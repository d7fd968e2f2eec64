package org.easeback.session.web;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.easeback.content.ContentLibrary;
import org.easeback.planner.Mode;
import org.easeback.planner.PlanRetention;
import org.easeback.planner.Plans;
import org.easeback.planner.StoredPlan;
import org.easeback.session.internal.StopAdvice;

import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/** The guided player for a saved plan. */
@Controller
class PlayerPageController {

	private final Plans plans;

	private final ContentLibrary library;

	private final JsonMapper json;

	private final PlanRetention retention;

	private final MessageSource messages;

	PlayerPageController(Plans plans, ContentLibrary library, JsonMapper json, PlanRetention retention,
			MessageSource messages) {
		this.plans = plans;
		this.library = library;
		this.json = json;
		this.retention = retention;
		this.messages = messages;
	}

	@GetMapping("/sessions/{id}")
	ModelAndView player(@PathVariable UUID id, Locale locale) {
		// opening the link is a use: it keeps the plan from expiring
		Optional<StoredPlan> found = this.plans.open(id);
		if (found.isEmpty()) {
			// expired and deleted, or never made: say so, and how to make a new one
			ModelAndView gone = new ModelAndView("session/expired", HttpStatus.NOT_FOUND);
			gone.addObject("retention", RetentionWords.of(this.retention));
			return gone;
		}
		StoredPlan stored = found.get();
		MessageSourceAccessor words = new MessageSourceAccessor(this.messages, locale);
		String planJson = this.json.writeValueAsString(PlayerView.of(stored, this.library, words));
		String wordsJson = this.json.writeValueAsString(PlayerWords.of(words));
		Mode mode = stored.plan().mode();
		return new ModelAndView("session/player", "page",
				new PlayerPage(stored.id(), stored.plan(), RetentionWords.of(this.retention), scriptSafe(planJson),
						scriptSafe(wordsJson), StopAdvice.of(0, false, mode).advice(),
						StopAdvice.of(0, true, mode).advice()));
	}

	/**
	 * JSON placed inside a script element must not be able to close it: notes can carry
	 * words the person typed.
	 */
	static String scriptSafe(String json) {
		return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

}
