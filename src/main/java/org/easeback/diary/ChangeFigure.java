package org.easeback.diary;

import java.util.List;

import org.easeback.shared.Words.Phrase;

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
 * @param before average pain before those sessions
 * @param after average pain after them
 */
public record ChangeFigure(String group, int n, double mean, int min, int max, double sd, double before, double after) {

	/** The figure for these sessions' changes and scores; the lists must not be empty. */
	static ChangeFigure of(String group, List<Integer> changes, List<Integer> before, List<Integer> after) {
		int n = changes.size();
		double mean = average(changes);
		double squares = changes.stream().mapToDouble(c -> (c - mean) * (c - mean)).sum();
		double sd = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
		return new ChangeFigure(group, n, round(mean), changes.stream().mapToInt(Integer::intValue).min().orElseThrow(),
				changes.stream().mapToInt(Integer::intValue).max().orElseThrow(), round(sd), round(average(before)),
				round(average(after)));
	}

	/**
	 * "After your 3 partner massages your pain was about 2 points lower (6 → 4 on
	 * average)": the change in whole points, so a tenth of a point reads as no news.
	 * @param sessions what the sessions were, in words: "partner massages"
	 */
	public Phrase sentence(Object sessions) {
		return new Phrase("diary.helps.sentence", this.n, sessions, difference(this.mean), this.before, this.after);
	}

	/** The spread, readable: "from 3 points lower to 1 point lower, most within…". */
	public Phrase spread() {
		if (this.min == this.max) {
			return new Phrase("diary.helps.spread.same", change(this.min));
		}
		return new Phrase("diary.helps.spread", change(this.min), change(this.max), this.sd);
	}

	private static Phrase difference(double mean) {
		long points = Math.round(Math.abs(mean));
		if (points == 0) {
			return new Phrase("diary.helps.same");
		}
		return new Phrase((mean < 0) ? "diary.helps.lower" : "diary.helps.higher", points);
	}

	private static Phrase change(int change) {
		if (change == 0) {
			return new Phrase("diary.helps.change.none");
		}
		return new Phrase((change < 0) ? "diary.helps.change.lower" : "diary.helps.change.higher", Math.abs(change));
	}

	private static double average(List<Integer> values) {
		return values.stream().mapToInt(Integer::intValue).average().orElseThrow();
	}

	static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
