package org.easeback.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.easeback.shared.Allergen;
import org.easeback.shared.Pressure;
import org.easeback.shared.TechniqueTag;

/**
 * The changes a plan makes for safety, one sentence each, in words that name what changes
 * and never the answers behind it: a plan is kept and readable by anyone holding its
 * link, so it says "lie on the side", not "pregnancy (20 weeks)", and "check the oil's
 * label", not the allergy the person typed.
 */
public final class ChangeLines {

	private ChangeLines() {
	}

	/** The changes without the person's own words or advice about them (for a plan). */
	public static List<String> of(PlanChanges changes) {
		List<String> lines = common(changes);
		if (changes.forbiddenAllergens().contains(Allergen.LATEX)) {
			lines.add(LATEX_TOOLS);
		}
		if (!changes.otherAllergies().isEmpty()) {
			lines.add(CHECK_THE_LABEL);
		}
		return lines;
	}

	/**
	 * The changes with the allergies in the person's own words and the advice that goes
	 * with them, for the result page that only the person who answered sees.
	 */
	public static List<String> withTheirWords(PlanChanges changes) {
		List<String> lines = common(changes);
		if (!changes.otherAllergies().isEmpty()) {
			lines.add("Other allergies: " + String.join(", ", changes.otherAllergies()) + ".");
		}
		lines.addAll(changes.advice());
		return lines;
	}

	private static List<String> common(PlanChanges changes) {
		List<String> lines = new ArrayList<>();
		if (changes.maxPressure() != Pressure.FIRM) {
			lines.add(Labels.pressure(changes.maxPressure()));
		}
		if (!changes.excludedRegions().isEmpty()) {
			lines.add("Leave out: "
					+ changes.excludedRegions().stream().map(Labels::region).collect(Collectors.joining("; ")) + ".");
		}
		changes.forbiddenTechniqueTags()
			.stream()
			.filter(tag -> tag != TechniqueTag.ESSENTIAL_OIL || changes.forbiddenAllergens().isEmpty())
			.map(Labels::technique)
			.forEach(lines::add);
		if (!changes.forbiddenAllergens().isEmpty()) {
			lines.add("No oils or materials containing: "
					+ changes.forbiddenAllergens().stream().map(Labels::allergen).collect(Collectors.joining(", "))
					+ ".");
		}
		return lines;
	}

	/** What rubber allergy changes for balls and rollers. */
	static final String LATEX_TOOLS = "Tennis balls and some rollers contain rubber: cover them with a cloth or use "
			+ "latex-free ones.";

	/** What other allergies in the person's own words change, without repeating them. */
	public static final String CHECK_THE_LABEL = "Check the label of any oil or lotion against the other allergies "
			+ "given in the safety check.";

}
