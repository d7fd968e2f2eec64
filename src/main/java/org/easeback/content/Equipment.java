package org.easeback.content;

/**
 * Things a session may need. The planner asks which of these are at hand; an item lists
 * every piece it needs, and an empty list means bare hands.
 */
public enum Equipment {

	/** A massage table. */
	TABLE,
	/** An exercise mat or folded blanket on the floor. */
	MAT,
	/** A bed, cot or firm mattress. */
	BED,
	/** Massage oil or lotion. */
	OIL,
	/** Bath towels for draping and rolled supports. */
	TOWELS,
	/** A pillow or cushion. */
	PILLOW,
	/** Two tennis balls (or similar firm balls). */
	TENNIS_BALLS,
	/** A foam roller. */
	FOAM_ROLLER,
	/** A clear stretch of wall. */
	WALL,
	/** A heat pack, warm towel or warm compress. */
	HEAT_PACK

}
