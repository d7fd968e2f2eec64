package org.easeback.diary;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the notice rules look at.
 *
 * @param entries every entry, oldest first
 * @param currentEpisode the open episode, if any
 * @param now the diary's current time
 */
public record DiaryFacts(List<Entry> entries, Optional<Episode> currentEpisode, Instant now) {

	public DiaryFacts {
		entries = List.copyOf(entries);
	}

}
