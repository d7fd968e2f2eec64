package org.easeback.diary;

import java.util.List;
import java.util.Optional;

/**
 * The figures the diary page shows: averages, what helps, notices, the current episode
 * and whether there is any entry at all (for the chart), without the totals that
 * {@link DiarySummary} counts.
 *
 * @param averages mean pain over 7, 30 and 90 days with counts
 * @param whatHelps change in pain after sessions per mode and technique
 * @param notices "see a clinician" notices with their reasons
 * @param currentEpisode the open episode, if any
 * @param hasEntries whether the user has at least one entry
 * @param chartRange the days the chart shows unless the reader picks others: the fewest
 * that hold every entry of the last 90 days
 */
public record DiaryFigures(List<PainAverage> averages, WhatHelps whatHelps, List<Notice> notices,
		Optional<Episode> currentEpisode, boolean hasEntries, int chartRange) {

}
