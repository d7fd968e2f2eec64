package org.easeback.diary;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.easeback.shared.Words.Phrase;

/**
 * Pain has risen over the last 14 days: among the entries of the last
 * {@value #WINDOW_DAYS} days there are at least {@value #MIN_ENTRIES}, the first and the
 * last are at least {@value #MIN_SPAN_DAYS} days apart, and the least-squares slope of
 * pain against time is more than {@value #SLOPE_PER_DAY} points per day (more than about
 * 1.4 points over 14 days).
 */
final class RisingPain implements NoticeRule {

	static final int WINDOW_DAYS = 14;

	static final int MIN_ENTRIES = 4;

	static final int MIN_SPAN_DAYS = 3;

	static final double SLOPE_PER_DAY = 0.1;

	/** Keeps a slope equal to the threshold (up to rounding) below it. */
	private static final double EPSILON = 1e-9;

	@Override
	public Optional<Notice> check(DiaryFacts facts) {
		Instant from = facts.now().minus(Duration.ofDays(WINDOW_DAYS));
		List<PainReading> recent = facts.readings()
			.stream()
			.filter(e -> !e.takenAt().isBefore(from) && !e.takenAt().isAfter(facts.now()))
			.toList();
		if (recent.size() < MIN_ENTRIES) {
			return Optional.empty();
		}
		double span = days(recent.get(0).takenAt(), recent.get(recent.size() - 1).takenAt());
		if (span < MIN_SPAN_DAYS) {
			return Optional.empty();
		}
		double slope = slope(recent);
		if (slope <= SLOPE_PER_DAY + EPSILON) {
			return Optional.empty();
		}
		// a week's rise reads more plainly than a slope per day
		return Optional.of(new Notice(Notice.Kind.RISING_PAIN,
				new Phrase("diary.notice.rising", WINDOW_DAYS, recent.size(), ChangeFigure.round(slope * 7),
						recent.get(0).pain().value(), recent.get(recent.size() - 1).pain().value())));
	}

	/** Least-squares slope of pain (points) against time (days). */
	static double slope(List<PainReading> entries) {
		Instant origin = entries.get(0).takenAt();
		double n = entries.size();
		double meanX = entries.stream().mapToDouble(e -> days(origin, e.takenAt())).sum() / n;
		double meanY = entries.stream().mapToDouble(e -> e.pain().value()).sum() / n;
		double sxy = 0;
		double sxx = 0;
		for (PainReading e : entries) {
			double dx = days(origin, e.takenAt()) - meanX;
			sxy += dx * (e.pain().value() - meanY);
			sxx += dx * dx;
		}
		return sxx == 0 ? 0 : sxy / sxx;
	}

	private static double days(Instant from, Instant to) {
		return Duration.between(from, to).toSeconds() / 86_400.0;
	}

}
