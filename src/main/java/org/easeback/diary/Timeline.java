package org.easeback.diary;

import java.util.List;

/**
 * One page of a user's entries, newest first, and whether older entries follow it.
 *
 * @param entries the entries of the page
 * @param hasOlder whether there is at least one entry after this page
 */
public record Timeline(List<Entry> entries, boolean hasOlder) {

	public Timeline {
		entries = List.copyOf(entries);
	}

}
