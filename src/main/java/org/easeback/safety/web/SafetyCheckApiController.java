package org.easeback.safety.web;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;
import org.easeback.safety.Outcome;
import org.easeback.safety.Question;
import org.easeback.safety.SafetyCheck;

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

	SafetyCheckApiController(SafetyCheck check) {
		this.check = check;
	}

	@PostMapping
	SafetyCheckResponse check(@Valid @RequestBody SafetyCheckRequest request) {
		return SafetyCheckResponse.of(this.check.check(request.toInput()));
	}

	@GetMapping("/questions")
	List<QuestionResponse> questions() {
		return Arrays.stream(Question.values()).map(QuestionResponse::of).toList();
	}

	/** One question as the API lists it. */
	record QuestionResponse(String id, String text, String help, String group, String groupTitle,
			Outcome outcomeIfYes) {

		static QuestionResponse of(Question question) {
			return new QuestionResponse(question.id(), question.text(), question.help(), question.group().name(),
					question.group().title(), question.outcome());
		}

	}

}
