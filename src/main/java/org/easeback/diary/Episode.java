package org.easeback.diary;

import java.time.LocalDate;

import org.easeback.safety.PainEpisode;

/**
 * An episode of back pain, classified by the safety module's rule
 * ({@link PainEpisode#between}).
 *
 * @param id its id
 * @param onset the day the pain started
 * @param endedOn the day it ended, or null while it goes on
 * @param episode its length in whole weeks and class, up to the end or up to today
 */
public record Episode(long id, LocalDate onset, LocalDate endedOn, PainEpisode episode) {

	/** Whether the episode still goes on. */
	public boolean isOpen() {
		return this.endedOn == null;
	}

	static Episode of(long id, LocalDate onset, LocalDate endedOn, LocalDate today) {
		return new Episode(id, onset, endedOn, PainEpisode.between(onset, endedOn != null ? endedOn : today));
	}

}
