package org.easeback.handoff.web;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.instance.model.api.IBaseResource;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A FHIR resource as the answer: pretty-printed JSON as {@code application/fhir+json}.
 */
@Component
class FhirJson {

	static final String MEDIA_TYPE = "application/fhir+json";

	private final FhirContext fhirContext;

	FhirJson(FhirContext fhirContext) {
		this.fhirContext = fhirContext;
	}

	ResponseEntity<String> response(IBaseResource resource) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(MEDIA_TYPE))
			.body(this.fhirContext.newJsonParser().setPrettyPrint(true).encodeResourceToString(resource));
	}

}
