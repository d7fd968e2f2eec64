package org.easeback.therapist.web;

/**
 * No routine item of this therapist's, for this client, has the id asked for: another
 * therapist's, another client's, or one already removed all look the same (a 404).
 */
class NoSuchRoutine extends RuntimeException {

	NoSuchRoutine(long id) {
		super("no routine item " + id + " of this therapist's for this client", null, false, false);
	}

}
