package org.easeback.content.web;

import java.util.List;

import org.easeback.content.ContentItem;
import org.easeback.content.Equipment;
import org.easeback.content.Kind;
import org.easeback.content.LibraryQuery;
import org.easeback.content.Who;
import org.easeback.shared.Region;

/**
 * What the library page shows. Its methods are public for the templates, which call only
 * public methods.
 *
 * @param query the filters applied
 * @param unknownFilters the filters left out because the library does not know them
 * @param items the matching items, in file order
 * @param areas one region item per area of the back, for the area filter
 */
record LibraryPage(LibraryQuery query, List<UnknownFilter> unknownFilters, List<ContentItem> items,
		List<ContentItem> areas) {

	/**
	 * A filter value the library does not know (an edited or old link).
	 *
	 * @param messageKey the sentence that names it, e.g. {@code library.unknown.region}
	 * @param value the value as it came
	 */
	record UnknownFilter(String messageKey, String value) {
	}

	public List<Kind> kinds() {
		return List.of(Kind.values());
	}

	public List<Who> whos() {
		return List.of(Who.values());
	}

	public List<Equipment> equipmentChoices() {
		return List.of(Equipment.values());
	}

	/** The filtered area, for the body map, or none. */
	public List<Region> highlighted() {
		return this.query.region() == null ? List.of() : List.of(this.query.region());
	}

}
