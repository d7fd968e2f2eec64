package org.easeback.safety;

/** How the person being massaged lies. */
public enum Position {

	/** Face down with a pillow under the chest, as the articles describe. */
	FACE_DOWN,
	/**
	 * On one side with a pillow between the knees; required when lying face down is not
	 * safe.
	 */
	SIDE_LYING

}
