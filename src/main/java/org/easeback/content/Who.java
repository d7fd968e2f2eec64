package org.easeback.content;

/** Who performs an item. */
public enum Who {

	/** A partner, friend or family member massages the receiver. */
	PARTNER("A partner"),
	/** The person does it on their own body. */
	SELF("Yourself"),
	/** Needs a trained therapist; never part of a home plan. */
	PROFESSIONAL_ONLY("A professional only"),
	/** Background, set-up or aftercare that applies to everyone. */
	ANYONE("Anyone");

	private final String label;

	Who(String label) {
		this.label = label;
	}

	/** A short human label for pages. */
	public String label() {
		return this.label;
	}

}
