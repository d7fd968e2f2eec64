package org.easeback.content;

/**
 * The kinds of item the library holds; each kind lives in its own YAML file. Pages name
 * them with {@code library.kind.<NAME>} from messages.properties.
 */
public enum Kind {

	/** A stroke or technique a partner gives with their hands. */
	TECHNIQUE(true),
	/** Self-massage with the hands or a tool (tennis balls, foam roller, wall). */
	SELF_MASSAGE(true),
	/** A stretch or an exercise, with a hold time or a repetition count. */
	STRETCH(true),
	/** A professional-only massage style: described, never planned for home. */
	MODALITY(false),
	/** One area of the body map, with what may and may not be done there. */
	REGION(false),
	/** Place, surface, positioning, draping, oils and warmth before a massage. */
	SETUP(false),
	/** What to do once the massage is over. */
	AFTERCARE(false),
	/** Background: pain, causes, limits of massage, doctors and therapists. */
	EDUCATION(false);

	private final boolean practice;

	Kind(boolean practice) {
		this.practice = practice;
	}

	/**
	 * True for kinds that can become a timed step of a home session (they always carry
	 * steps, hands, regions, pressure and timing).
	 */
	public boolean practice() {
		return this.practice;
	}

}
