package org.easeback.content;

/**
 * Things a session may need. The planner asks which of these are at hand; an item lists
 * every piece it needs, and an empty list means bare hands.
 */
public enum Equipment {

	/** A massage table. */
	TABLE("Massage table"),
	/** An exercise mat or folded blanket on the floor. */
	MAT("Mat or blanket"),
	/** A bed, cot or firm mattress. */
	BED("Bed or mattress"),
	/** Massage oil or lotion. */
	OIL("Oil or lotion"),
	/** Bath towels for draping and rolled supports. */
	TOWELS("Towels"),
	/** A pillow or cushion. */
	PILLOW("Pillow"),
	/** Two tennis balls (or similar firm balls). */
	TENNIS_BALLS("Tennis balls"),
	/** A foam roller. */
	FOAM_ROLLER("Foam roller"),
	/** A clear stretch of wall. */
	WALL("Wall"),
	/** A heat pack, warm towel or warm compress. */
	HEAT_PACK("Heat pack or warm towel");

	private final String label;

	Equipment(String label) {
		this.label = label;
	}

	/** A short human label for pages. */
	public String label() {
		return this.label;
	}

}
