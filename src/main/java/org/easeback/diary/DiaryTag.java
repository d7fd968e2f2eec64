package org.easeback.diary;

/**
 * What was going on around an entry, from a fixed list so the figures can group by it.
 * Its words on the page are in messages.properties ({@code diary.tag.*}).
 */
public enum DiaryTag {

	/** After sitting for a long time. */
	AFTER_SITTING,
	/** After lifting something. */
	AFTER_LIFTING,
	/** After exercise or sport. */
	AFTER_EXERCISE,
	/** In the morning. */
	MORNING,
	/** In the evening. */
	EVENING,
	/** After a massage (guided or professional). */
	AFTER_MASSAGE,
	/** After stretching. */
	AFTER_STRETCHING,
	/** After a poor night's sleep. */
	POOR_SLEEP,
	/** During a stressful time. */
	STRESS;

}
