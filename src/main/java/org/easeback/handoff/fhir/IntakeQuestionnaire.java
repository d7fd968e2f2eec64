package org.easeback.handoff.fhir;

import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;

/**
 * The FHIR Questionnaire EaseBack publishes at
 * {@code /fhir/Questionnaire/easeback-intake}: the questions of the intake profile. Every
 * answer is plain text, a number or a yes/no, so no terminology server is needed to read
 * it. Its canonical URL is {@code <base>/Questionnaire/easeback-intake}, the base given
 * by {@link FhirBaseUrl}.
 */
public final class IntakeQuestionnaire {

	/** Its id. */
	public static final String ID = "easeback-intake";

	/** Its canonical URL under {@code base}, which every QuestionnaireResponse names. */
	public static String url(String base) {
		return base + "/Questionnaire/" + ID;
	}

	private IntakeQuestionnaire() {
	}

	/** A new copy of the questionnaire, its canonical URL under {@code base}. */
	public static Questionnaire build(String base) {
		Questionnaire q = new Questionnaire();
		q.setId(ID);
		q.setUrl(url(base));
		q.setVersion("1");
		q.setName("EaseBackIntake");
		q.setTitle("EaseBack massage intake");
		q.setStatus(PublicationStatus.ACTIVE);
		q.addSubjectType("Patient");
		q.setDescription("What a client tells a massage therapist before a visit.");
		q.addItem(item("conditions", "Health conditions and history", QuestionnaireItemType.STRING, true));
		q.addItem(item("history", "More about your history", QuestionnaireItemType.TEXT, false));
		QuestionnaireItemComponent surgery = item("surgery", "Back surgery", QuestionnaireItemType.GROUP, true);
		surgery.addItem(item("surgery.year", "Year", QuestionnaireItemType.INTEGER, false));
		surgery.addItem(item("surgery.area", "What was operated on", QuestionnaireItemType.STRING, false));
		q.addItem(surgery);
		QuestionnaireItemComponent medicine = item("medicine", "Medicine", QuestionnaireItemType.GROUP, true);
		medicine.addItem(item("medicine.name", "Name", QuestionnaireItemType.STRING, false));
		medicine.addItem(item("medicine.prescription", "Prescribed", QuestionnaireItemType.BOOLEAN, false));
		q.addItem(medicine);
		q.addItem(
				item("allergy", "Allergies (TREE_NUT, COCONUT, FRAGRANCE, LATEX)", QuestionnaireItemType.STRING, true));
		q.addItem(item("allergy.other", "Other allergies, oils you react to", QuestionnaireItemType.STRING, false));
		q.addItem(item("avoid", "Areas to avoid (body-map area)", QuestionnaireItemType.STRING, true));
		q.addItem(item("sensitive", "Sensitive areas (body-map area)", QuestionnaireItemType.STRING, true));
		q.addItem(item("modality", "Preferred massage type", QuestionnaireItemType.STRING, false));
		q.addItem(item("pressure", "Pressure preference (LIGHT, MEDIUM, FIRM)", QuestionnaireItemType.STRING, false));
		q.addItem(item("goals", "Goals", QuestionnaireItemType.TEXT, false));
		return q;
	}

	private static QuestionnaireItemComponent item(String linkId, String text, QuestionnaireItemType type,
			boolean repeats) {
		QuestionnaireItemComponent item = new QuestionnaireItemComponent();
		item.setLinkId(linkId).setText(text).setType(type).setRepeats(repeats);
		return item;
	}

}
