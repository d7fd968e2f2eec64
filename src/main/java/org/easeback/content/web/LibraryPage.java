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
 * @param groups the matching items by kind, in {@link #KIND_ORDER}; kinds with no match
 * are left out
 * @param areas one region item per area of the back, for the area filter
 */
record LibraryPage(LibraryQuery query, List<UnknownFilter> unknownFilters, List<Group> groups,
		List<ContentItem> areas) {

	/**
	 * The order a person browses in: what they can do first, then what a professional
	 * does, how to prepare and recover, the background, and the areas of the back last
	 * (they are reference, and reached through the area filter as well).
	 */
	static final List<Kind> KIND_ORDER = List.of(Kind.TECHNIQUE, Kind.SELF_MASSAGE, Kind.STRETCH, Kind.MODALITY,
			Kind.SETUP, Kind.AFTERCARE, Kind.EDUCATION, Kind.REGION);

	/**
	 * A filter value the library does not know (an edited or old link).
	 *
	 * @param messageKey the sentence that names it, e.g. {@code library.unknown.region}
	 * @param value the value as it came
	 */
	record UnknownFilter(String messageKey, String value) {
	}

	/**
	 * The matching items of one kind.
	 *
	 * @param kind the kind, named by {@code library.group.<KIND>}
	 * @param cards its items, in file order
	 */
	record Group(Kind kind, List<Card> cards) {

		/** The element id of the group's heading, for the links at the top. */
		public String anchor() {
			return "group-" + this.kind.name();
		}

	}

	/**
	 * One item as a card.
	 *
	 * @param item the item
	 * @param thumbnail its diagram in small, or {@code null} for an item without one
	 */
	record Card(ContentItem item, Thumbnail thumbnail) {
	}

	/**
	 * The size a card draws a diagram at; the image keeps the drawing's proportions, so
	 * the card does not jump as the image arrives.
	 */
	record Thumbnail(int width, int height) {
	}

	/** How many items match in all. */
	public int count() {
		return this.groups.stream().mapToInt(g -> g.cards().size()).sum();
	}

	public List<Kind> kinds() {
		return KIND_ORDER;
	}

	public List<Who> whos() {
		return List.of(Who.values());
	}

	public List<Equipment> equipmentChoices() {
		return List.of(Equipment.values());
	}

	/** True when a filter of the folded "more filters" part is set, so it shows open. */
	public boolean moreFiltersSet() {
		return this.query.who() != null || this.query.region() != null || this.query.equipment() != null
				|| this.unknownFilters.stream().anyMatch(u -> !u.messageKey().endsWith(".kind"));
	}

	/** The filtered area, for the body map, or none. */
	public List<Region> highlighted() {
		return this.query.region() == null ? List.of() : List.of(this.query.region());
	}

}
