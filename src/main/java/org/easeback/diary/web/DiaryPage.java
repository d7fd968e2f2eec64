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
 * @param notices the reasons of the "see a clinician" notices, worded
 * @param byMode the figures after sessions by kind of session, worded
 * @param byTechnique the figures after sessions by technique, worded
 * @param days the days the chart shows
 * @param episodes the episodes of back pain
 * @param today the reader's today, the last day a date may be
 * @param entryFields what the entry form shows besides its values
 * @param problems every message of both forms, for the summary at the top of the entry
 * form
 */
public record DiaryPage(List<TimelineRow> entries, int current, boolean hasOlder, DiaryFigures figures,
		List<NoticeText> notices, List<Insight> byMode, List<Insight> byTechnique, int days, List<Episode> episodes,
		LocalDate today, EntryFields entryFields, List<FormProblems.Problem> problems) {

	public boolean hasNewer() {
		return this.current > 0;
	}

	/** The spans the chart offers. */
	public List<Integer> ranges() {
		return org.easeback.diary.ChartRange.DAYS;
	}

	/**
	 * A notice as the page shows it.
	 *
	 * @param kind the rule that found it, e.g. "RISING_PAIN"
	 * @param reason why, in the person's own numbers
	 */
	public record NoticeText(String kind, String reason) {
	}

}
