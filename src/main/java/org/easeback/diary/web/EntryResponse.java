package org.easeback.diary.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.easeback.diary.DiaryTag;
import org.easeback.diary.Entry;
import org.easeback.diary.PainScore;
import org.easeback.shared.Region;

/**
 * A diary entry as the API answers it; {@code pegScore} is the mean of the three PEG
 * items.
 */
record EntryResponse(long id, int version, Instant takenAt, int pain, Integer pegAverage, Integer pegEnjoyment,
		Integer pegActivity, Double pegScore, List<Area> regions, Set<DiaryTag> tags, String note) {

	record Area(Region region, int intensity) {
	}

	static EntryResponse of(Entry e) {
		return new EntryResponse(e.id(), e.version(), e.takenAt(), e.pain().value(), value(e.peg().averagePain()),
				value(e.peg().enjoyment()), value(e.peg().activity()), e.peg().score(),
				e.regions().stream().map(r -> new Area(r.region(), r.intensity().value())).toList(), e.tags(),
				e.note());
	}

	private static Integer value(PainScore score) {
		return score == null ? null : score.value();
	}

}
