package org.easeback.therapist;

import org.easeback.account.AccountDeleted;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Deletes the notes and routines by or about an account when it is deleted. */
@Component
class TherapistDeletion {

	private final SoapNotes notes;

	private final HomeRoutines routines;

	TherapistDeletion(SoapNotes notes, HomeRoutines routines) {
		this.notes = notes;
		this.routines = routines;
	}

	@ApplicationModuleListener
	void on(AccountDeleted event) {
		this.notes.deleteAll(event.username());
		this.routines.deleteAll(event.username());
	}

}
