package org.easeback.diary.web;

import java.util.Map;

/**
 * The diary page's episode form with what was typed and its messages, so that a rejected
 * episode keeps its dates (diary/diary.html). Public, as every type the templates call
 * into.
 *
 * @param onset the day the pain started
 * @param endedOn the day it ended, empty while it goes on
 */
public record EpisodeFormView(EntryFormView.Field onset, EntryFormView.Field endedOn) {

	/** The form before anything was typed. */
	static final EpisodeFormView EMPTY = of(null, null, Map.of());

	/**
	 * The form as sent.
	 * @param onset the day the pain started as sent, or null
	 * @param endedOn the day it ended as sent, or null
	 * @param errors the messages by field name ({@link Errors#of})
	 */
	static EpisodeFormView of(String onset, String endedOn, Map<String, String> errors) {
		return new EpisodeFormView(field("onset", onset, errors), field("endedOn", endedOn, errors));
	}

	private static EntryFormView.Field field(String name, String value, Map<String, String> errors) {
		return new EntryFormView.Field("f-" + name, value, errors.get(name));
	}

}
