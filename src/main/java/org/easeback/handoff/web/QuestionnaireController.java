package org.easeback.handoff.web;

import org.easeback.handoff.fhir.FhirBaseUrl;
import org.easeback.handoff.fhir.IntakeQuestionnaire;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Publishes the intake Questionnaire, which every exported QuestionnaireResponse answers.
 */
@RestController
class QuestionnaireController {

	private final FhirJson json;

	private final FhirBaseUrl base;

	QuestionnaireController(FhirJson json, FhirBaseUrl base) {
		this.json = json;
		this.base = base;
	}

	@GetMapping(path = "/fhir/Questionnaire/" + IntakeQuestionnaire.ID,
			produces = { FhirJson.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE })
	ResponseEntity<String> questionnaire() {
		return this.json.response(IntakeQuestionnaire.build(this.base.get()));
	}

}
