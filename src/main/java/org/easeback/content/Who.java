package org.easeback.content;

/**
 * Who performs an item. Pages name it with {@code library.who.<NAME>} from
 * messages.properties.
 */
public enum Who {

	/** A partner, friend or family member massages the receiver. */
	PARTNER,
	/** The person does it on their own body. */
	SELF,
	/** Needs a trained therapist; never part of a home plan. */
	PROFESSIONAL_ONLY,
	/** Background, set-up or aftercare that applies to everyone. */
	ANYONE

}
