package org.easeback.handoff.fhir;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.easeback.handoff.Intake;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/**
 * The intake as a QuestionnaireResponse to {@link IntakeQuestionnaire}. Unanswered
 * questions are left out (FHIR does not allow empty answers).
 */
final class IntakeAnswers {

	private IntakeAnswers() {
	}

	static QuestionnaireResponse response(Intake intake, String patientUrl, Instant updatedAt, String questionnaire) {
		QuestionnaireResponse response = new QuestionnaireResponse();
		response.setId(UUID.randomUUID().toString());
		response.setQuestionnaire(questionnaire);
		response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
		response.setSubject(new Reference(patientUrl));
		response.setAuthor(new Reference(patientUrl));
		if (updatedAt != null) {
			response.setAuthored(Date.from(updatedAt));
		}
		QuestionnaireResponseItemComponent conditions = item("conditions");
		intake.conditions().forEach(c -> conditions.addAnswer().setValue(new StringType(c)));
		add(response, conditions);
		add(response, text("history", intake.history()));
		for (Intake.Surgery surgery : intake.surgeries()) {
			QuestionnaireResponseItemComponent group = item("surgery");
			add(group, answer("surgery.year", surgery.year() == null ? null : new IntegerType(surgery.year())));
			add(group, text("surgery.area", surgery.area()));
			add(response, group);
		}
		for (Intake.Medicine medicine : intake.medicines()) {
			QuestionnaireResponseItemComponent group = item("medicine");
			add(group, text("medicine.name", medicine.name()));
			add(group, answer("medicine.prescription", new BooleanType(medicine.prescription())));
			add(response, group);
		}
		QuestionnaireResponseItemComponent allergies = item("allergy");
		intake.allergiesInOrder().forEach(a -> allergies.addAnswer().setValue(new StringType(a.name())));
		add(response, allergies);
		add(response, text("allergy.other", intake.otherAllergies()));
		QuestionnaireResponseItemComponent avoid = item("avoid");
		intake.avoidAreasInOrder().forEach(r -> avoid.addAnswer().setValue(new StringType(r.name())));
		add(response, avoid);
		QuestionnaireResponseItemComponent sensitive = item("sensitive");
		intake.sensitiveAreasInOrder().forEach(r -> sensitive.addAnswer().setValue(new StringType(r.name())));
		add(response, sensitive);
		add(response, text("modality", intake.preferredModality()));
		add(response, text("pressure", intake.pressure() == null ? null : intake.pressure().name()));
		add(response, text("goals", intake.goals()));
		return response;
	}

	private static QuestionnaireResponseItemComponent item(String linkId) {
		return new QuestionnaireResponseItemComponent().setLinkId(linkId);
	}

	private static QuestionnaireResponseItemComponent text(String linkId, String value) {
		return answer(linkId, value == null || value.isBlank() ? null : new StringType(value));
	}

	private static QuestionnaireResponseItemComponent answer(String linkId, Type value) {
		QuestionnaireResponseItemComponent item = item(linkId);
		if (value != null) {
			item.addAnswer().setValue(value);
		}
		return item;
	}

	private static void add(QuestionnaireResponse response, QuestionnaireResponseItemComponent item) {
		if (item.hasAnswer() || item.hasItem()) {
			response.addItem(item);
		}
	}

	private static void add(QuestionnaireResponseItemComponent group, QuestionnaireResponseItemComponent item) {
		if (item.hasAnswer() || item.hasItem()) {
			group.addItem(item);
		}
	}

}
