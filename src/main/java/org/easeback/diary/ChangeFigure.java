package org.easeback.diary;

import java.util.List;

/**
 * The change in pain (after minus before) over a group of sessions, as the user's own
 * numbers: never a claim that something works.
 *
 * @param group the mode or technique id
 * @param n how many sessions had both scores
 * @param mean average change (negative: less pain afterwards)
 * @param min smallest change
 * @param max largest change
 * @param sd sample standard deviation of the changes
 */
public record ChangeFigure(String group, int n, double mean, int min, int max, double sd) {

	/** The figure for these changes; the list must not be empty. */
	static ChangeFigure of(String group, List<Integer> changes) {
		int n = changes.size();
		double mean = changes.stream().mapToInt(Integer::intValue).average().orElseThrow();
		double squares = changes.stream().mapToDouble(c -> (c - mean) * (c - mean)).sum();
		double sd = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
		return new ChangeFigure(group, n, round(mean), changes.stream().mapToInt(Integer::intValue).min().orElseThrow(),
				changes.stream().mapToInt(Integer::intValue).max().orElseThrow(), round(sd));
	}

	/**
	 * The sentence the diary shows, for example "your numbers show −1.7 (n = 5, range −3
	 * to 0)".
	 */
	public String sentence() {
		return String.format(java.util.Locale.ROOT,
				"your numbers show an average change of %+.1f (n = %d, range %+d to %+d, SD %.1f)", this.mean, this.n,
				this.min, this.max, this.sd);
	}

	static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
