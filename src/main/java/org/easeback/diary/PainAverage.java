package org.easeback.diary;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The mean pain of the entries of the last {@code days} days (from now minus the days up
 * to now, both included).
 *
 * @param days 7, 30 or 90
 * @param count how many entries fell in the window
 * @param mean their mean pain rounded to one decimal, or null without entries
 */
public record PainAverage(int days, int count, Double mean) {

	/** The windows the diary shows. */
	public static final List<Integer> WINDOWS = List.of(7, 30, 90);

	static PainAverage of(int days, List<PainReading> entries, Instant now) {
		Instant from = now.minus(Duration.ofDays(days));
		List<PainReading> inWindow = entries.stream()
			.filter(e -> !e.takenAt().isBefore(from) && !e.takenAt().isAfter(now))
			.toList();
		Double mean = inWindow.isEmpty() ? null
				: ChangeFigure.round(inWindow.stream().mapToInt(e -> e.pain().value()).average().orElseThrow());
		return new PainAverage(days, inWindow.size(), mean);
	}

}
