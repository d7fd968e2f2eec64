package org.easeback.content;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.easeback.shared.Region;

/**
 * A search of the library. Every criterion is optional ({@code null} means any); an item
 * matches when it meets all given criteria. The text matches when every word of it occurs
 * in the item's name, summary, hands, steps or details, ignoring case.
 *
 * @param kind only items of this kind
 * @param who only items done by this person
 * @param region only items that work on this area
 * @param equipment only items that need this equipment
 * @param text words to look for
 */
public record LibraryQuery(Kind kind, Who who, Region region, Equipment equipment, String text) {

	/** A query that matches everything. */
	public static LibraryQuery any() {
		return new LibraryQuery(null, null, null, null, null);
	}

	/** A copy that also requires the given kind. */
	public LibraryQuery withKind(Kind value) {
		return new LibraryQuery(value, this.who, this.region, this.equipment, this.text);
	}

	/** A copy that also looks for the given words. */
	public LibraryQuery withText(String value) {
		return new LibraryQuery(this.kind, this.who, this.region, this.equipment, value);
	}

	/** True when the item meets every criterion. */
	public boolean matches(ContentItem item) {
		return (this.kind == null || item.kind() == this.kind) && (this.who == null || item.who() == this.who)
				&& (this.region == null || item.targets(this.region))
				&& (this.equipment == null || item.uses(this.equipment)) && matchesText(item);
	}

	private boolean matchesText(ContentItem item) {
		List<String> words = words();
		if (words.isEmpty()) {
			return true;
		}
		String haystack = Stream
			.of(Stream.of(item.id(), item.name(), item.summary(), item.hands() == null ? "" : item.hands()),
					item.steps().stream(), item.details().stream())
			.flatMap(s -> s)
			.map(s -> s.toLowerCase(Locale.ROOT))
			.reduce("", (a, b) -> a + "\n" + b);
		return words.stream().allMatch(haystack::contains);
	}

	private List<String> words() {
		if (this.text == null || this.text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(this.text.toLowerCase(Locale.ROOT).trim().split("\\s+")).toList();
	}

}
