package org.easeback.diary.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The diary page's episode form as Spring binds it: {@code onset} and {@code endedOn} as
 * ISO dates (what a date input sends), {@code endedOn} empty while the episode goes on. A
 * bean, as {@link EntryForm}, so text that is not a date stays as typed next to its
 * message.
 */
class EpisodeForm {

	@NotNull(message = "{diary.episodes.onset.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate onset;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endedOn;

	public LocalDate getOnset() {
		return this.onset;
	}

	public void setOnset(LocalDate onset) {
		this.onset = onset;
	}

	public LocalDate getEndedOn() {
		return this.endedOn;
	}

	public void setEndedOn(LocalDate endedOn) {
		this.endedOn = endedOn;
	}

}
