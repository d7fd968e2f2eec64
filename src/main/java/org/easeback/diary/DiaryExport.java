package org.easeback.diary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The diary's section of the personal-data export: entries as they were entered, sessions
 * and episodes. Import reads the same shape.
 *
 * @param entries every entry, oldest first
 * @param sessions every guided session, oldest first
 * @param episodes every episode, latest onset first
 */
public record DiaryExport(List<EntryInput> entries, List<GuidedSession> sessions, List<EpisodeDates> episodes) {

	// an empty item in an imported file stays in the list, so the import can say where it
	// is
	public DiaryExport {
		entries = copy(entries);
		sessions = copy(sessions);
		episodes = copy(episodes);
	}

	/** An empty export, for a file whose diary section is null. */
	static DiaryExport empty() {
		return new DiaryExport(null, null, null);
	}

	private static <T> List<T> copy(List<T> items) {
		return items == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(items));
	}

	/**
	 * An episode's dates.
	 *
	 * @param onset the day it started
	 * @param endedOn the day it ended, or null
	 */
	public record EpisodeDates(LocalDate onset, LocalDate endedOn) {
	}

	static EntryInput input(Entry e) {
		return new EntryInput(e.takenAt(), e.pain().value(), value(e.peg().averagePain()), value(e.peg().enjoyment()),
				value(e.peg().activity()),
				e.regions().stream().map(r -> new EntryInput.AreaInput(r.region(), r.intensity().value())).toList(),
				e.tags(), e.note());
	}

	private static Integer value(PainScore score) {
		return score == null ? null : score.value();
	}

}
