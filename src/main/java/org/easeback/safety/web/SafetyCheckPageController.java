package org.easeback.safety.web;

import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.easeback.safety.ChangeLines;
import org.easeback.safety.SafetyAnswers;
import org.easeback.safety.SafetyCheck;
import org.easeback.safety.SafetyChecked;
import org.easeback.safety.SafetyFormParameters;
import org.easeback.safety.SafetyResult;
import org.easeback.shared.Words;
import org.easeback.shared.FieldProblem;
import org.easeback.shared.InvalidInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The safety check pages: the form ({@code GET /check}, which takes only the mode), the
 * result ({@code POST /check}) and the form again with earlier answers to change them
 * ({@code POST /check/change}). Answers only ever travel in request bodies, never in an
 * address, so they stay out of browser history and proxy logs. Bad input shows the form
 * again with a message per field and the values kept.
 * <p>
 * The form is read from its parameters rather than bound to a form object: its answers
 * are named {@code answers.<id>}, the names the result page carries to the planner and
 * back, and Spring's binder reads a dot as a nested property, so a {@code Map} of answers
 * would bind only {@code answers[id]}. One reader for both pages
 * ({@link SafetyFormParameters}) keeps them from disagreeing on what a name means.
 */
@Controller
class SafetyCheckPageController {

	private final SafetyCheck check;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	SafetyCheckPageController(SafetyCheck check, ApplicationEventPublisher events, MessageSource messages) {
		this.check = check;
		this.events = events;
		this.messages = messages;
	}

	@GetMapping("/check")
	String form(@RequestParam(name = "mode", required = false) String mode, Model model) {
		model.addAttribute("form", CheckFormView.of(CheckMode.parse(mode), Map.of(), List.of()));
		return "safety/check";
	}

	/** "Change my answers": the form with the answers the result page carried. */
	@PostMapping("/check/change")
	String change(@RequestParam MultiValueMap<String, String> parameters, Model model) {
		model.addAttribute("form", CheckFormView.of(mode(parameters), parameters, List.of()));
		return "safety/check";
	}

	@PostMapping("/check")
	String submit(@RequestParam MultiValueMap<String, String> parameters, Principal user, Locale locale, Model model) {
		CheckSubmission submission = CheckSubmission.read(parameters);
		SafetyFormParameters.Read read = SafetyFormParameters.read(submission.answers());
		List<FieldProblem> problems = new ArrayList<>();
		submission.problems()
			.forEach(p -> problems.add(new FieldProblem(p.field(), this.messages.getMessage(p.message(), locale))));
		problems.addAll(read.problems());
		try {
			SafetyAnswers answers = read.input().toAnswers(this.check.today());
			if (problems.isEmpty()) {
				SafetyResult result = this.check.check(answers);
				if (user != null) {
					this.events.publishEvent(new SafetyChecked(user.getName(), result, Instant.now()));
				}
				model.addAttribute("result", ResultView.of(result, answers, mode(parameters),
						new ChangeLines(Words.of(this.messages, locale))));
				return "safety/result";
			}
		}
		catch (InvalidInputException ex) {
			problems.addAll(ex.problems());
		}
		model.addAttribute("form", CheckFormView.of(mode(parameters), parameters, problems));
		return "safety/check";
	}

	private static CheckMode mode(Map<String, List<String>> parameters) {
		List<String> mode = parameters.get("mode");
		return (mode == null || mode.isEmpty()) ? null : CheckMode.parse(mode.get(0));
	}

}
