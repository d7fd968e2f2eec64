package org.easeback.diary.web;

/**
 * What a diary form just did, said on the page it redirects to (a flash attribute
 * {@code done}); each has its sentence in messages.properties.
 */
enum Done {

	ENTRY_SAVED("diary.done.entrySaved"), ENTRY_CHANGED("diary.done.entryChanged"),
	ENTRY_DELETED("diary.done.entryDeleted"), EPISODE_SAVED("diary.done.episodeSaved"),
	EPISODE_DELETED("diary.done.episodeDeleted");

	private final String messageKey;

	Done(String messageKey) {
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
