package org.easeback.content;

/** The kinds of item the library holds; each kind lives in its own YAML file. */
public enum Kind {

	/** A stroke or technique a partner gives with their hands. */
	TECHNIQUE("Partner technique", true),
	/** Self-massage with the hands or a tool (tennis balls, foam roller, wall). */
	SELF_MASSAGE("Self-massage", true),
	/** A stretch with a hold time or a repetition count. */
	STRETCH("Stretch", true),
	/** A professional-only massage style: described, never planned for home. */
	MODALITY("Professional massage style", false),
	/** One area of the body map, with what may and may not be done there. */
	REGION("Body area", false),
	/** Place, surface, positioning, draping, oils and warmth before a massage. */
	SETUP("Setting up", false),
	/** What to do once the massage is over. */
	AFTERCARE("Aftercare", false),
	/** Background: pain, causes, limits of massage, doctors and therapists. */
	EDUCATION("Background", false);

	private final String label;

	private final boolean practice;

	Kind(String label, boolean practice) {
		this.label = label;
		this.practice = practice;
	}

	/** A short human label for pages. */
	public String label() {
		return this.label;
	}

	/**
	 * True for kinds that can become a timed step of a home session (they always carry
	 * steps, hands, regions, pressure and timing).
	 */
	public boolean practice() {
		return this.practice;
	}

}
