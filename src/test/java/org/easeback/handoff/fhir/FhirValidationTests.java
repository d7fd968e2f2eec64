package org.easeback.handoff.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import org.easeback.diary.Entry;
import org.easeback.diary.PainScore;
import org.easeback.diary.Peg;
import org.easeback.handoff.HandoffFixtures;
import org.easeback.handoff.HandoffSummary;
import org.easeback.handoff.Intake;
import org.easeback.handoff.PainTrend;
import org.easeback.handoff.StoredIntake;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The FHIR export and the published Questionnaire pass HAPI FHIR's instance validator
 * (core profiles, in-memory terminology, common code systems, and our Questionnaire) with
 * zero errors.
 */
class FhirValidationTests {

	private static final String BASE = "https://easeback.test/fhir";

	private static final FhirContext FHIR = FhirContext.forR4Cached();

	private static final FhirValidator VALIDATOR = FHIR.newValidator()
		.registerValidatorModule(new FhirInstanceValidator(new ValidationSupportChain(
				new DefaultProfileValidationSupport(FHIR), new InMemoryTerminologyServerValidationSupport(FHIR),
				new CommonCodeSystemsTerminologyService(FHIR), new OurQuestionnaire())));

	@Test
	void theBundleOfAFullHandoffValidatesWithoutErrors() {
		Bundle bundle = new FhirExport(FhirBaseUrl.of(BASE)).bundle(summary(HandoffFixtures.fullIntake()));

		assertThat(errors(bundle)).isEmpty();
		assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
		assertThat(bundle.getEntry()).extracting(e -> e.getResource().fhirType())
			.startsWith("Patient", "QuestionnaireResponse");
	}

	@Test
	void theBundleOfAnEmptyHandoffValidatesWithoutErrors() {
		assertThat(errors(new FhirExport(FhirBaseUrl.of(BASE)).bundle(summary(Intake.EMPTY)))).isEmpty();
	}

	@Test
	void painScoresAreCodedWithLoincAndPegItemsOnlyWhereRecorded() {
		Bundle bundle = new FhirExport(FhirBaseUrl.of(BASE)).bundle(summary(HandoffFixtures.fullIntake()));

		List<String> codes = bundle.getEntry()
			.stream()
			.filter(e -> e.getResource() instanceof Observation)
			.map(e -> ((Observation) e.getResource()).getCode().getCodingFirstRep().getCode())
			.toList();
		assertThat(codes).containsExactly("72514-3", "75893-8", "91145-3", "91146-1", "91147-9", "72514-3");
	}

	@Test
	void theQuestionnaireResponseAnswersThePublishedQuestionnaire() {
		Bundle bundle = new FhirExport(FhirBaseUrl.of(BASE)).bundle(summary(HandoffFixtures.fullIntake()));
		QuestionnaireResponse response = (QuestionnaireResponse) bundle.getEntry().get(1).getResource();

		assertThat(response.getQuestionnaire()).isEqualTo(IntakeQuestionnaire.url(BASE));
		assertThat(response.getItem()).extracting(QuestionnaireResponse.QuestionnaireResponseItemComponent::getLinkId)
			.contains("allergy", "avoid", "surgery", "medicine");
	}

	@Test
	void anAnswerToAQuestionTheQuestionnaireDoesNotAskIsAnError() {
		Bundle bundle = new FhirExport(FhirBaseUrl.of(BASE)).bundle(summary(HandoffFixtures.fullIntake()));
		QuestionnaireResponse response = (QuestionnaireResponse) bundle.getEntry().get(1).getResource();
		response.addItem().setLinkId("not-a-question").addAnswer().setValue(new StringType("x"));

		assertThat(errors(bundle)).isNotEmpty();
	}

	@Test
	void thePublishedQuestionnaireValidatesWithoutErrors() {
		assertThat(errors(IntakeQuestionnaire.build(BASE))).isEmpty();
	}

	@Test
	void theCanonicalBaseIsTheConfiguredOneWithoutATrailingSlash() {
		assertThat(IntakeQuestionnaire.build(FhirBaseUrl.of("https://clinic.example/fhir/").get()).getUrl())
			.isEqualTo("https://clinic.example/fhir/Questionnaire/easeback-intake");
	}

	@Test
	void aBaseThatIsNotAnAbsoluteHttpUrlStopsTheStart() {
		for (String bad : List.of("easeback.org/fhir", "ftp://clinic.example/fhir", "https://clinic.example/fhir?x=1",
				"https://clinic example/fhir")) {
			assertThatThrownBy(() -> FhirBaseUrl.of(bad)).as(bad)
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining(FhirBaseUrl.PROPERTY);
		}
	}

	@Test
	void withoutABaseOrARequestTheExportSaysWhatToSet() {
		assertThatThrownBy(() -> new FhirExport(FhirBaseUrl.of("")).bundle(summary(Intake.EMPTY)))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining(FhirBaseUrl.PROPERTY);
	}

	private static List<String> errors(IBaseResource resource) {
		return VALIDATOR.validateWithResult(resource)
			.getMessages()
			.stream()
			.filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
			.map(SingleValidationMessage::toString)
			.toList();
	}

	private static HandoffSummary summary(Intake intake) {
		Instant now = Instant.parse("2026-03-10T10:00:00Z");
		List<Entry> entries = List.of(
				new Entry(1, 1, now.minusSeconds(86400), new PainScore(6),
						new Peg(new PainScore(5), new PainScore(4), new PainScore(3)), List.of(), Set.of(), null),
				new Entry(2, 1, now, new PainScore(4), Peg.NONE, List.of(), Set.of(), null));
		return new HandoffSummary("alice@example.org", new StoredIntake(intake, 1, now), null,
				new PainTrend(LocalDate.of(2026, 2, 9), List.of()), entries, List.of(), now, "Alice");
	}

	/**
	 * Knows the Questionnaire EaseBack publishes, so responses are checked against it.
	 */
	static final class OurQuestionnaire implements IValidationSupport {

		@Override
		public FhirContext getFhirContext() {
			return FHIR;
		}

		@Override
		public <T extends IBaseResource> T fetchResource(Class<T> type, String url) {
			if (url != null && url.startsWith(IntakeQuestionnaire.url(BASE))) {
				IBaseResource questionnaire = IntakeQuestionnaire.build(BASE);
				if (type == null || type.isInstance(questionnaire)) {
					@SuppressWarnings("unchecked")
					T result = (T) questionnaire;
					return result;
				}
			}
			return null;
		}

	}

}
