package org.easeback.diary;

/**
 * The three items of the PEG scale (Krebs et al., 2009), each 0-10 and each optional:
 * average pain in the past week, how much pain interfered with enjoyment of life, and
 * with general activity.
 *
 * @param averagePain average pain, or null
 * @param enjoyment interference with enjoyment of life, or null
 * @param activity interference with general activity, or null
 */
public record Peg(PainScore averagePain, PainScore enjoyment, PainScore activity) {

	/** No PEG item answered. */
	public static final Peg NONE = new Peg(null, null, null);

	/** The PEG score, the mean of the three items, only when all three are answered. */
	public Double score() {
		if (this.averagePain == null || this.enjoyment == null || this.activity == null) {
			return null;
		}
		return (this.averagePain.value() + this.enjoyment.value() + this.activity.value()) / 3.0;
	}

}
