package org.easeback.diary;

/**
 * What was going on around an entry, from a fixed list so the figures can group by it.
 */
public enum DiaryTag {

	/** After sitting for a long time. */
	AFTER_SITTING("after sitting"),
	/** After lifting something. */
	AFTER_LIFTING("after lifting"),
	/** After exercise or sport. */
	AFTER_EXERCISE("after exercise"),
	/** In the morning. */
	MORNING("morning"),
	/** In the evening. */
	EVENING("evening"),
	/** After a massage (guided or professional). */
	AFTER_MASSAGE("after a massage"),
	/** After stretching. */
	AFTER_STRETCHING("after stretching"),
	/** After a poor night's sleep. */
	POOR_SLEEP("poor sleep"),
	/** During a stressful time. */
	STRESS("stress");

	private final String label;

	DiaryTag(String label) {
		this.label = label;
	}

	/** The words shown on the page. */
	public String label() {
		return this.label;
	}

}
