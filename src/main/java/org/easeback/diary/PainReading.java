package org.easeback.diary;

import java.time.Instant;

/**
 * One entry as the averages and the notice rules see it: which entry, when, and how much
 * it hurt. The summary reads these, not whole entries, so it does not fetch areas and
 * tags that no figure looks at.
 *
 * @param id the entry's id (orders entries taken at the same time)
 * @param takenAt when the pain was felt
 * @param pain overall pain 0-10
 */
public record PainReading(long id, Instant takenAt, PainScore pain) {

	/** The reading of a whole entry. */
	public static PainReading of(Entry entry) {
		return new PainReading(entry.id(), entry.takenAt(), entry.pain());
	}

}
