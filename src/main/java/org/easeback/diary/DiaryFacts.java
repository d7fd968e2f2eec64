package org.easeback.diary;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the notice rules look at.
 *
 * @param readings the entries the rules look at, as pain readings, oldest first: at least
 * every entry of the last 90 days and the latest three (the summary reads no more)
 * @param currentEpisode the open episode, if any
 * @param now the diary's current time
 */
public record DiaryFacts(List<PainReading> readings, Optional<Episode> currentEpisode, Instant now) {

	public DiaryFacts {
		readings = List.copyOf(readings);
	}

}
