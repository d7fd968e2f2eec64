package org.easeback.diary;

import java.util.List;
import java.util.Optional;

/**
 * The figures of a diary: averages, what helps, notices and the current episode.
 *
 * @param averages mean pain over 7, 30 and 90 days with counts
 * @param whatHelps change in pain after sessions per mode and technique
 * @param notices "see a clinician" notices with their reasons
 * @param currentEpisode the open episode, if any
 * @param entries how many entries there are in all
 * @param sessions how many guided sessions there are in all
 */
public record DiarySummary(List<PainAverage> averages, WhatHelps whatHelps, List<Notice> notices,
		Optional<Episode> currentEpisode, int entries, int sessions) {

	/** The figures with the totals counted. */
	static DiarySummary of(DiaryFigures figures, int entries, int sessions) {
		return new DiarySummary(figures.averages(), figures.whatHelps(), figures.notices(), figures.currentEpisode(),
				entries, sessions);
	}

}
