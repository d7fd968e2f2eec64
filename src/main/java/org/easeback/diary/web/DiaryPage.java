package org.easeback.diary.web;

import java.time.LocalDate;
import java.util.List;

import org.easeback.diary.DiaryFigures;
import org.easeback.diary.Episode;

/**
 * Everything the diary page (diary/diary.html) shows besides its two forms' values.
 *
 * @param entries this page of the timeline, newest first
 * @param current the timeline page, 0 for the newest entries
 * @param hasOlder whether older entries follow
 * @param figures notices, averages and what helps
 * @param episodes the episodes of back pain
 * @param today the reader's today, the last day a date may be
 * @param entryFields what the entry form shows besides its values
 * @param problems every message of both forms, for the summary at the top of the entry
 * form
 */
record DiaryPage(List<TimelineRow> entries, int current, boolean hasOlder, DiaryFigures figures, List<Episode> episodes,
		LocalDate today, EntryFields entryFields, List<FormProblems.Problem> problems) {

	public boolean hasNewer() {
		return this.current > 0;
	}

}
