package org.easeback.planner;

import java.util.List;

/**
 * Home routine items a therapist assigned to a signed-in client, which the plan form
 * offers as "From your therapist". Implemented outside the planner (by the therapist
 * module), so the planner does not depend on it; without an implementation there are no
 * offers.
 */
public interface TherapistOffers {

	/** The offers for {@code username}, newest first. */
	List<Offer> forClient(String username);

	/**
	 * One offer.
	 *
	 * @param itemId the library item (a stretch or self-massage)
	 * @param name its name
	 * @param howOften how often the therapist asked for it
	 * @param therapist who assigned it
	 */
	record Offer(String itemId, String name, String howOften, String therapist) {

	}

}
