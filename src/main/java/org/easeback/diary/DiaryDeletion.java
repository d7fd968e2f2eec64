package org.easeback.diary;

import org.easeback.account.AccountDeleted;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Deletes everything the diary holds about an account when the account is deleted. */
@Component
class DiaryDeletion {

	private final DiaryEntries entries;

	private final DiarySessions sessions;

	private final EpisodeRepository episodes;

	DiaryDeletion(DiaryEntries entries, DiarySessions sessions, EpisodeRepository episodes) {
		this.entries = entries;
		this.sessions = sessions;
		this.episodes = episodes;
	}

	@ApplicationModuleListener
	void on(AccountDeleted event) {
		this.entries.deleteAll(event.username());
		this.sessions.deleteAll(event.username());
		this.episodes.deleteAll(event.username());
	}

}
