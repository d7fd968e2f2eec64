package org.easeback.shared;

/**
 * What a technique physically does, in the words the safety rules use to forbid it (for
 * example blood thinners forbid {@link #TRIGGER_POINT} and {@link #KNUCKLES}).
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
	/** Body weight on a ball, roller or wall (self-massage tools). */
	TOOL_PRESSURE,
	/** Heat pack, warm towel or compress. */
	HEAT,
	/** Essential oil, always diluted in a carrier oil. */
	ESSENTIAL_OIL,
	/**
	 * The spine bent forward under load (a seated toe reach, knees pulled to the chest).
	 */
	LOADED_FLEXION,
	/** The person lies on their back. */
	LYING_ON_BACK,
	/** Getting down to the floor and up again. */
	FLOOR

}
