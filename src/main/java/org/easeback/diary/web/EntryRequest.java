package org.easeback.diary.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Size;
import org.easeback.diary.DiaryTag;
import org.easeback.diary.EntryInput;
import org.easeback.shared.Region;

/**
 * A diary entry as the API receives it. {@code takenAt} defaults to now; {@code version}
 * is required by PUT (the version last read) and ignored by POST.
 */
record EntryRequest(Instant takenAt, Integer pain, Integer pegAverage, Integer pegEnjoyment, Integer pegActivity,
		@Size(max = Region.COUNT, message = "list each area at most once") List<EntryInput.AreaInput> regions,
		Set<DiaryTag> tags, String note, Integer version) {

	EntryInput toInput() {
		return new EntryInput(this.takenAt, this.pain, this.pegAverage, this.pegEnjoyment, this.pegActivity,
				this.regions, this.tags, this.note);
	}

}
