package org.easeback.shared;

import java.util.List;

/**
 * The home routine a therapist assigned to a client, as the client's own pages show it
 * (the home page, the plan form). The therapist module implements it; the modules that
 * show it depend only on this interface, so none of them depends on the therapist module
 * and no cycle arises. Without an implementation there is no routine.
 */
public interface TherapistRoutine {

	/** The items assigned to {@code client}, newest first; empty when there are none. */
	List<Item> forClient(String client);

	/**
	 * One item of the routine.
	 *
	 * @param itemId the library item (a stretch or self-massage)
	 * @param title its name
	 * @param howOften how often the therapist asked for it, in their words
	 * @param assignedBy who assigned it
	 */
	record Item(String itemId, String title, String howOften, String assignedBy) {

	}

}
