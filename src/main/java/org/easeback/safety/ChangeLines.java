package org.easeback.safety;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.easeback.shared.Words;
import org.easeback.shared.Allergen;
import org.easeback.shared.Pressure;
import org.easeback.shared.Region;
import org.easeback.shared.TechniqueTag;

/**
 * The changes a plan makes for safety, one sentence each, in words that name what changes
 * and never the answers behind it: a plan is kept and readable by anyone holding its
 * link, so it says "lie on the side", not "pregnancy (20 weeks)", and "check the oil's
 * label", not the allergy the person typed. The sentences are in
 * {@code messages.properties}, read in the language of the {@link Words} given.
 */
public final class ChangeLines {

	private final Words words;

	public ChangeLines(Words words) {
		this.words = Objects.requireNonNull(words, "words");
	}

	/** The changes without the person's own words or advice about them (for a plan). */
	public List<String> of(PlanChanges changes) {
		List<String> lines = common(changes);
		if (changes.forbiddenAllergens().contains(Allergen.LATEX)) {
			lines.add(text("safety.change.latexTools"));
		}
		if (!changes.otherAllergies().isEmpty()) {
			lines.add(text("safety.change.checkTheLabel"));
		}
		return lines;
	}

	/**
	 * The changes with the allergies in the person's own words and the advice that goes
	 * with them, for the result page that only the person who answered sees.
	 */
	public List<String> withTheirWords(PlanChanges changes) {
		List<String> lines = common(changes);
		if (!changes.otherAllergies().isEmpty()) {
			lines.add(text("safety.change.otherAllergies", String.join(", ", changes.otherAllergies())));
		}
		lines.addAll(changes.advice());
		return lines;
	}

	private List<String> common(PlanChanges changes) {
		List<String> lines = new ArrayList<>();
		if (changes.clearedByClinician()) {
			lines.add(text("safety.change.clearedByClinician"));
		}
		if (changes.maxPressure() != Pressure.FIRM) {
			lines.add(text("safety.change.pressure." + changes.maxPressure().name()));
		}
		if (!changes.excludedRegions().isEmpty()) {
			lines.add(text("safety.change.leaveOut", joined(changes.excludedRegions(), Labels::region, "; ")));
		}
		changes.forbiddenTechniqueTags()
			.stream()
			.filter(tag -> tag != TechniqueTag.ESSENTIAL_OIL || changes.forbiddenAllergens().isEmpty())
			// an area left out is not touched at all, so "no pressure on it" would say it
			// twice
			.filter(tag -> tag != TechniqueTag.SACRUM_PRESSURE || changes.permits(Region.SACRUM))
			.map(tag -> text("safety.change.technique." + tag.name()))
			.forEach(lines::add);
		if (!changes.forbiddenAllergens().isEmpty()) {
			lines.add(text("safety.change.allergens", joined(changes.forbiddenAllergens(), Labels::allergen, ", ")));
		}
		return lines;
	}

	private <T> String joined(Collection<T> values, Function<T, String> key, String separator) {
		return values.stream().map(v -> text(key.apply(v))).collect(Collectors.joining(separator));
	}

	private String text(String key, Object... arguments) {
		return this.words.get(key, arguments);
	}

}
