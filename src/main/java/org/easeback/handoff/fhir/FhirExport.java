package org.easeback.handoff.fhir;

import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.easeback.diary.Entry;
import org.easeback.diary.PainScore;
import org.easeback.handoff.HandoffSummary;
import org.easeback.handoff.Intake;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

import org.springframework.stereotype.Component;

/**
 * The hand-off as a FHIR R4 {@code Bundle} of type collection: a minimal Patient (no
 * name, no email: only an id), the intake as a QuestionnaireResponse to
 * {@link IntakeQuestionnaire}, and one Observation per diary pain score (LOINC 72514-3)
 * and per answered PEG item (LOINC 75893-8, 91145-3, 91146-1; the mean 91147-9 when all
 * three are answered).
 */
@Component
public class FhirExport {

	static final String LOINC = "http://loinc.org";

	static final String CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";

	private final FhirBaseUrl base;

	public FhirExport(FhirBaseUrl base) {
		this.base = base;
	}

	/** The bundle for a summary. */
	public Bundle bundle(HandoffSummary summary) {
		Bundle bundle = new Bundle();
		bundle.setType(Bundle.BundleType.COLLECTION);
		bundle.setTimestamp(Date.from(summary.madeAt()));
		Patient patient = new Patient();
		patient.setId(UUID.randomUUID().toString());
		patient.setActive(true);
		String patientUrl = add(bundle, patient);
		Intake intake = summary.intake().intake();
		add(bundle, IntakeAnswers.response(intake, patientUrl, summary.intake().updatedAt(),
				IntakeQuestionnaire.url(this.base.get())));
		for (Entry entry : summary.entries()) {
			DateTimeType when = new DateTimeType(Date.from(entry.takenAt()));
			add(bundle, observation(patientUrl, when, "72514-3",
					"Pain severity - 0-10 verbal numeric rating [Score] - Reported", entry.pain()));
			PegObservations.of(entry.peg())
				.forEach(item -> add(bundle,
						observation(patientUrl, when, item.code(), item.display(), null).setValue(item.value())));
		}
		return bundle;
	}

	private static Observation observation(String patientUrl, DateTimeType when, String code, String display,
			PainScore score) {
		Observation observation = new Observation();
		observation.setId(UUID.randomUUID().toString());
		observation.setStatus(Observation.ObservationStatus.FINAL);
		observation.addCategory(new CodeableConcept(new Coding(CATEGORY, "survey", "Survey")));
		observation.setCode(new CodeableConcept(new Coding(LOINC, code, display)).setText(display));
		observation.setSubject(new Reference(patientUrl));
		observation.setEffective(when.copy());
		if (score != null) {
			observation.setValue(new IntegerType(score.value()));
		}
		return observation;
	}

	private static String add(Bundle bundle, Resource resource) {
		String url = "urn:uuid:" + (resource.getIdElement().getIdPart() == null ? UUID.randomUUID()
				: resource.getIdElement().getIdPart());
		bundle.addEntry().setFullUrl(url).setResource(resource);
		return url;
	}

	/** The codes of the PEG items and score. */
	static List<String> pegCodes() {
		return List.of("75893-8", "91145-3", "91146-1", "91147-9");
	}

}
