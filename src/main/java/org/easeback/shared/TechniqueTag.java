package org.easeback.shared;

/**
 * What a technique physically does, in the words the safety rules use to forbid it (for
 * example blood thinners forbid {@link #TRIGGER_POINT} and {@link #KNUCKLES}). An item
 * carries every tag that describes it, so that forbidding one tag removes every item that
 * does that thing; the content tests read each item's words against its tags.
 */
public enum TechniqueTag {

	/** Sustained firm thumb pressure on one spot. */
	TRIGGER_POINT,
	/** Knuckles or fists drawn along the muscles. */
	KNUCKLES,
	/** Firm pressure close to bone (iliac crest, sacrum, ribs). */
	FIRM_NEAR_BONE,
	/** Pressure on the sacrum. */
	SACRUM_PRESSURE,
	/** The receiver lies face down. */
	FACE_DOWN,
	/** Skin is pinched or lifted. */
	SKIN_PINCHING,
	/**
	 * Body weight pressing on a ball, roller or wall (self-massage tools): the pressure
	 * is as heavy as the body, and point-like.
	 */
	TOOL_PRESSURE,
	/** Heat pack, warm towel or compress. */
	HEAT,
	/** Essential oil, always diluted in a carrier oil. */
	ESSENTIAL_OIL,
	/**
	 * The spine bent forward to the end of its range under the body's weight or pulled by
	 * the arms (a seated toe reach, knees pulled to the chest). Cat-cow is not: it moves
	 * on all fours, unloaded, within an easy range.
	 */
	LOADED_FLEXION,
	/**
	 * The person lies on their back (tools under the back, knee to chest), which in later
	 * pregnancy presses on the main vein.
	 */
	LYING_ON_BACK,
	/**
	 * Done down on the floor or a mat, so the person has to get down and up again; for a
	 * partner massage, the receiver lying on the floor.
	 */
	FLOOR

}
