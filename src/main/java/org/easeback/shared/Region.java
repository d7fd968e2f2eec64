package org.easeback.shared;

/**
 * The areas of the back view body map. The content module describes each one; every
 * module that picks, shows or avoids an area uses these ids.
 */
public enum Region {

	/** The spine itself: a no-pressure zone, never worked on directly. */
	SPINE(true),
	/** Muscles beside the lumbar spine, left side. */
	LUMBAR_LEFT(false),
	/** Muscles beside the lumbar spine, right side. */
	LUMBAR_RIGHT(false),
	/** Mid back beside the spine, left side, up to the lower ribs. */
	MID_BACK_LEFT(false),
	/** Mid back beside the spine, right side. */
	MID_BACK_RIGHT(false),
	/** Upper back and shoulder blades, warmed up first in some routines. */
	UPPER_BACK(false),
	/** Side of the waist between the lowest ribs and the hip, left. */
	FLANK_LEFT(false),
	/** Side of the waist between the lowest ribs and the hip, right. */
	FLANK_RIGHT(false),
	/** Top rim of the pelvis, left. */
	ILIAC_CREST_LEFT(false),
	/** Top rim of the pelvis, right. */
	ILIAC_CREST_RIGHT(false),
	/** The flat, roughly triangular bone below the lowest lumbar vertebra. */
	SACRUM(false),
	/** Buttock muscles, left. */
	GLUTE_LEFT(false),
	/** Buttock muscles, right. */
	GLUTE_RIGHT(false);

	/**
	 * How many areas there are: the most a list of areas in a request may hold, each at
	 * most once (a constant, so validation annotations can use it).
	 */
	public static final int COUNT = 13;

	private final boolean noPressureZone;

	Region(boolean noPressureZone) {
		this.noPressureZone = noPressureZone;
	}

	/** True for areas no step may ever press on. */
	public boolean isNoPressureZone() {
		return this.noPressureZone;
	}

}
