package org.easeback.diary;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One diary entry as it is stored.
 *
 * @param id its id, unique across all users
 * @param version the optimistic-locking version an update must name
 * @param takenAt when the pain was felt
 * @param pain overall pain
 * @param peg the PEG items, each optional
 * @param regions where it hurt, each with its own intensity, in body-map order
 * @param tags what was going on
 * @param note free text, at most 2,000 characters, or null
 */
public record Entry(long id, int version, Instant takenAt, PainScore pain, Peg peg, List<RegionPain> regions,
		Set<DiaryTag> tags, String note) {

	public Entry {
		regions = List.copyOf(regions);
		tags = Set.copyOf(tags);
	}

}
