package org.easeback.therapist;

import java.util.LinkedHashMap;
import java.util.Map;

import org.easeback.account.PersonalDataContributor;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * The therapist module's part of "download everything": SOAP notes about the person and
 * routines assigned to them (as a client), and notes and routines they wrote (as a
 * therapist). Notes are a therapist's record of a visit, so an import never re-creates
 * them: this section is exported only.
 */
@Component
class TherapistPersonalData implements PersonalDataContributor {

	private final SoapNotes notes;

	private final HomeRoutines routines;

	TherapistPersonalData(SoapNotes notes, HomeRoutines routines) {
		this.notes = notes;
		this.routines = routines;
	}

	@Override
	public String section() {
		return "therapist";
	}

	@Override
	public Object export(String username) {
		Map<String, Object> section = new LinkedHashMap<>();
		section.put("notesAboutMe", this.notes.about(username));
		section.put("routinesForMe", this.routines.forClient(username));
		section.put("notesIWrote", this.notes.writtenBy(username));
		section.put("routinesIAssigned", this.routines.assignedByAnyone(username));
		return section;
	}

	@Override
	public long count(String username) {
		return 0;
	}

	@Override
	public long countNew(String username, JsonNode section) {
		return 0;
	}

	@Override
	public long importSection(String username, JsonNode section) {
		return 0;
	}

}
