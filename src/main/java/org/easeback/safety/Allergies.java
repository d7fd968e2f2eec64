package org.easeback.safety;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.easeback.shared.Allergen;

/**
 * The allergies a person gave: the known allergens, and whatever they wrote in their own
 * words. Free text that names a known allergen (for example "almond oil", a tree nut)
 * adds that allergen too; the free text itself is always kept so it can be shown.
 *
 * @param known allergens recognised by id or by a common word for them
 * @param other entries that are not an allergen id, exactly as written (trimmed)
 */
public record Allergies(Set<Allergen> known, List<String> other) {

	/** No allergies given. */
	public static final Allergies NONE = new Allergies(Set.of(), List.of());

	// coconut first: "coconut oil" must not read as a nut oil
	private static final Map<String, Allergen> WORDS = Map.of("coconut", Allergen.COCONUT, "almond", Allergen.TREE_NUT,
			"nut", Allergen.TREE_NUT, "perfume", Allergen.FRAGRANCE, "fragrance", Allergen.FRAGRANCE, "scent",
			Allergen.FRAGRANCE, "essential oil", Allergen.FRAGRANCE, "latex", Allergen.LATEX, "rubber", Allergen.LATEX);

	private static final List<String> NUTS = List.of("walnut", "hazelnut", "cashew", "pecan", "pistachio", "macadamia",
			"brazil", "shea");

	public Allergies {
		Set<Allergen> set = EnumSet.noneOf(Allergen.class);
		set.addAll(known);
		known = Collections.unmodifiableSet(set);
		other = List.copyOf(other);
	}

	/** Reads entries that are allergen ids ({@code TREE_NUT}) or free text ("almond"). */
	public static Allergies parse(Collection<String> entries) {
		Set<Allergen> known = EnumSet.noneOf(Allergen.class);
		List<String> other = new ArrayList<>();
		for (String entry : entries) {
			String text = (entry != null) ? entry.trim() : "";
			if (text.isEmpty()) {
				continue;
			}
			Allergen id = byId(text);
			if (id != null) {
				known.add(id);
			}
			else {
				other.add(text);
				known.addAll(recognise(text));
			}
		}
		return new Allergies(known, other);
	}

	/** True when nothing was given. */
	public boolean isEmpty() {
		return this.known.isEmpty() && this.other.isEmpty();
	}

	static Set<Allergen> recognise(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		Set<Allergen> found = EnumSet.noneOf(Allergen.class);
		if (lower.contains("coconut")) {
			found.add(Allergen.COCONUT);
			lower = lower.replace("coconut", " ");
		}
		String rest = lower;
		WORDS.forEach((word, allergen) -> {
			if (rest.matches(".*\\b" + word + "s?\\b.*")) {
				found.add(allergen);
			}
		});
		if (NUTS.stream().anyMatch(rest::contains)) {
			found.add(Allergen.TREE_NUT);
		}
		return found;
	}

	private static Allergen byId(String text) {
		String id = text.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
		for (Allergen allergen : Allergen.values()) {
			if (allergen.name().equals(id)) {
				return allergen;
			}
		}
		return null;
	}

}
