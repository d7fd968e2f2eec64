package org.easeback.handoff.web;

import ca.uhn.fhir.context.FhirContext;
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

	private final FhirContext fhirContext;

	QuestionnaireController(FhirContext fhirContext) {
		this.fhirContext = fhirContext;
	}

	@GetMapping(path = "/fhir/Questionnaire/" + IntakeQuestionnaire.ID,
			produces = { "application/fhir+json", MediaType.APPLICATION_JSON_VALUE })
	ResponseEntity<String> questionnaire() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/fhir+json"))
			.body(this.fhirContext.newJsonParser()
				.setPrettyPrint(true)
				.encodeResourceToString(IntakeQuestionnaire.build()));
	}

}
