package org.easeback.safety.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import org.easeback.safety.Outcome;
import org.easeback.safety.Question;
import org.easeback.safety.SafetyCheck;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The safety check API: the questions, and a check of a set of answers. Bad input is a
 * {@code 400} problem+json naming each field.
 */
@RestController
@RequestMapping("/api/v1/safety-checks")
class SafetyCheckApiController {

	private final SafetyCheck check;

	private final MessageSource messages;

	SafetyCheckApiController(SafetyCheck check, MessageSource messages) {
		this.check = check;
		this.messages = messages;
	}

	@PostMapping
	SafetyCheckResponse check(@Valid @RequestBody SafetyCheckRequest request) {
		return SafetyCheckResponse.of(this.check.check(request.toInput()));
	}

	/**
	 * Every question in the order asked, in English and addressed to "you": a client
	 * asking for someone else words them its own way.
	 */
	@GetMapping("/questions")
	List<QuestionResponse> questions() {
		return Arrays.stream(Question.values())
			.map(q -> new QuestionResponse(q.id(), english(q.textKey(Question.Voice.SELF)), english(q.helpKey()),
					q.group().name(), english(q.group().titleKey()), q.outcome()))
			.toList();
	}

	private String english(String key) {
		return this.messages.getMessage(key, null, Locale.ENGLISH);
	}

	/**
	 * One question as the API lists it.
	 *
	 * @param outcomeIfYes what a "yes" leads to on its own ({@code CLEAR} for an answer
	 * that can only make the plan gentler, such as {@code clinician_clearance})
	 */
	record QuestionResponse(String id, String text, String help, String group, String groupTitle,
			Outcome outcomeIfYes) {

	}

}
