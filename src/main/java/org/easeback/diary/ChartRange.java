package org.easeback.diary;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The spans the diary's chart offers, and the one it opens with: the shortest that holds
 * every recent entry, so a week of entries fills the chart instead of its last tenth.
 */
public final class ChartRange {

	/** The days a person may choose, shortest first. */
	public static final List<Integer> DAYS = List.of(7, 30, 90);

	private ChartRange() {
	}

	/** Whether {@code days} is one of the spans on offer. */
	public static boolean offers(Integer days) {
		return days != null && DAYS.contains(days);
	}

	/**
	 * The shortest span that holds every entry taken in the longest one; the longest when
	 * none was.
	 */
	static int fitting(List<Instant> takenAt, Instant now) {
		int longest = DAYS.get(DAYS.size() - 1);
		Instant oldest = takenAt.stream()
			.filter(at -> !at.isBefore(now.minus(Duration.ofDays(longest))))
			.min(Instant::compareTo)
			.orElse(null);
		if (oldest == null) {
			return longest;
		}
		return DAYS.stream()
			.filter(days -> !oldest.isBefore(now.minus(Duration.ofDays(days))))
			.findFirst()
			.orElse(longest);
	}

}
