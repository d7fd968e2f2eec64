package org.easeback.safety;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The current episode of back pain: whole weeks since it started and what that makes it.
 * Boundaries: under 6 weeks {@link EpisodeClassification#ACUTE}; 6 to 12 weeks inclusive
 * {@link EpisodeClassification#SUBACUTE}; 13 weeks or more
 * {@link EpisodeClassification#CHRONIC}. Only whole weeks count, so 12 weeks and 6 days
 * is still subacute.
 *
 * @param classification acute, subacute or chronic
 * @param weeks whole weeks between the onset and today, never negative
 */
public record PainEpisode(EpisodeClassification classification, long weeks) {

	/** Episodes shorter than this many whole weeks are acute. */
	static final long ACUTE_BELOW = 6;

	/** Last whole week that is still subacute. */
	static final long SUBACUTE_UP_TO = 12;

	public PainEpisode {
		Objects.requireNonNull(classification, "classification");
		if (weeks < 0) {
			throw new IllegalArgumentException("weeks must not be negative");
		}
		if (classification != classify(weeks)) {
			throw new IllegalArgumentException(weeks + " weeks is " + classify(weeks) + ", not " + classification);
		}
	}

	/**
	 * The episode that started on {@code onset}, seen on {@code today}.
	 * @throws IllegalArgumentException when the onset is after today
	 */
	public static PainEpisode between(LocalDate onset, LocalDate today) {
		if (onset.isAfter(today)) {
			throw new IllegalArgumentException("the onset " + onset + " is after " + today);
		}
		long weeks = ChronoUnit.WEEKS.between(onset, today);
		return new PainEpisode(classify(weeks), weeks);
	}

	private static EpisodeClassification classify(long weeks) {
		if (weeks < ACUTE_BELOW) {
			return EpisodeClassification.ACUTE;
		}
		return (weeks <= SUBACUTE_UP_TO) ? EpisodeClassification.SUBACUTE : EpisodeClassification.CHRONIC;
	}

}
