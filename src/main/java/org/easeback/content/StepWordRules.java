package org.easeback.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.easeback.shared.Pressure;

/**
 * What an item's lines may not say in the plans that can show them: a step planned
 * lighter than the words ask for confuses the giver or tempts the person rolling on a
 * ball to press on (hazard log H57), a one-side or side-lying step that speaks of the
 * other side or of lying face down contradicts the plan (H58). Only techniques are
 * written for one side or for side-lying, so only theirs are checked for it.
 */
final class StepWordRules {

	/** Words that ask for more than light pressure. */
	static final Pattern ABOVE_LIGHT = Pattern.compile(
			"(?i)\\b(firm|firmly|firmer|deeper|harder)\\b|\\bmore pressure\\b|\\bpress(ing)? (a little |a bit )?more\\b|\\bpress(ing)? (in )?hard");

	/** Words that ask for firm pressure, kept for FIRM steps. */
	static final Pattern ABOVE_MEDIUM = Pattern.compile("(?i)\\b(firm|firmly|firmer)\\b");

	/** Words that move to the other side, which only a step on both sides may say. */
	static final Pattern CHANGE_SIDES = Pattern.compile(
			"(?i)change sides|\\bother side\\b|\\bboth sides\\b|one side,? then|\\bswap sides|\\beach side in turn");

	/**
	 * Words that place the receiver face down, the hands on both sides at once or the
	 * giver at the receiver's side rather than behind them.
	 */
	static final Pattern FACE_DOWN_ONLY = Pattern.compile(
			"(?i)\\b(each|either|both) sides? of\\b|\\b(one|a hand|a fist|a thumb) (on )?(each|either) side\\b|\\bstomach\\b|face down|\\bstand (close to|at) (their|the) side");

	/**
	 * The label of an exercise's harder version: it names how hard the exercise is, not
	 * how hard to press.
	 */
	private static final Pattern HARDER_VERSION = Pattern.compile("^" + Pattern.quote(ContentItem.EXERCISE_HARDER));

	private StepWordRules() {
	}

	/** Every problem of the technique's lines, hands and cautions, in words. */
	static List<String> problems(ContentItem item) {
		List<String> problems = new ArrayList<>();
		Pressure most = item.pressure() == null ? Pressure.FIRM : item.pressure();
		boolean sided = item.kind() == Kind.TECHNIQUE;
		for (int i = 0; i < item.stepLines().size(); i++) {
			StepLine line = item.stepLines().get(i);
			for (Pressure level : Pressure.values()) {
				if (level.compareTo(most) > 0) {
					continue;
				}
				for (boolean oneSide : sided ? new boolean[] { false, true } : new boolean[] { false }) {
					for (boolean sideLying : sided ? new boolean[] { false, true } : new boolean[] { false }) {
						String where = "step " + (i + 1) + " at " + level + (oneSide ? ", one side" : "")
								+ (sideLying ? ", side-lying" : "");
						line.wording(level, oneSide, sideLying)
							.ifPresent(text -> check(text, level, oneSide, sideLying, where, problems));
					}
				}
			}
		}
		if (item.hands() != null) {
			check(item.hands(), Pressure.LIGHT, sided, sided, "hands", problems);
		}
		item.cautions().forEach(caution -> check(caution, Pressure.LIGHT, sided, sided, "caution", problems));
		return problems.stream().distinct().toList();
	}

	private static void check(String text, Pressure level, boolean oneSide, boolean sideLying, String where,
			List<String> problems) {
		String pressing = HARDER_VERSION.matcher(text).replaceFirst("");
		if (level == Pressure.LIGHT && ABOVE_LIGHT.matcher(pressing).find()) {
			problems.add(where + " asks for more than light pressure: '" + text + "' (give a 'light' wording)");
		}
		else if (level == Pressure.MEDIUM && ABOVE_MEDIUM.matcher(pressing).find()) {
			problems.add(where + " says firm in a medium step: '" + text + "' (give a 'medium' wording)");
		}
		if ((oneSide || sideLying) && CHANGE_SIDES.matcher(text).find()) {
			problems.add(where + " speaks of the other side: '" + text + "' (mark it 'only: BOTH_SIDES')");
		}
		if (sideLying && FACE_DOWN_ONLY.matcher(text).find()) {
			problems.add(where + " does not suit side-lying: '" + text + "' (give a 'sideLying' wording)");
		}
	}

}
