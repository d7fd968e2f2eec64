package org.easeback.content;

import java.util.List;
import java.util.Objects;

import org.easeback.shared.Allergen;
import org.easeback.shared.Pressure;
import org.easeback.shared.Region;
import org.easeback.shared.TechniqueTag;

/**
 * One item of the library: a technique, self-massage, stretch, modality, region, set-up
 * step, aftercare step or piece of background. Practice kinds ({@link Kind#practice()})
 * always carry steps, hands, regions, pressure and timing; the other kinds leave
 * {@code hands}, {@code pressure} and {@code timing} {@code null} when they do not apply.
 * Lists are never {@code null}.
 *
 * @param id stable lower-case id, for example {@code knee-to-chest}
 * @param kind what sort of item this is
 * @param name a short title
 * @param summary one line saying what it is
 * @param steps numbered instructions, in order
 * @param details further paragraphs (what it is, when it helps, why)
 * @param hands what the hands or the tool do, or {@code null}
 * @param who who performs it
 * @param regions the body-map areas it works on (never the spine for practice kinds)
 * @param equipment everything it needs; empty means bare hands
 * @param pressure the pressure it uses at most, or {@code null}
 * @param timing how long it takes, or {@code null}
 * @param cautions things to watch for while doing it
 * @param contraindications safety question ids (see SAFETY.md) that rule it out
 * @param tags what it physically does, in the safety rules' words
 * @param sources the articles it is written from
 * @param disagreement where the articles disagree and what we chose, or {@code null}
 * @param oil true for an oil or lotion the planner may suggest
 * @param allergens allergens of an oil or lotion; empty for everything else
 * @param stepLines the steps with the wordings a plan chooses from, one per entry of
 * {@code steps}
 */
public record ContentItem(String id, Kind kind, String name, String summary, List<String> steps, List<String> details,
		String hands, Who who, List<Region> regions, List<Equipment> equipment, Pressure pressure, Timing timing,
		List<String> cautions, List<String> contraindications, List<TechniqueTag> tags, List<Source> sources,
		String disagreement, boolean oil, List<Allergen> allergens, List<StepLine> stepLines) {

	/** How an exercise's last step begins: its harder version. */
	public static final String EXERCISE_HARDER = "Harder: ";

	public ContentItem {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(summary, "summary");
		Objects.requireNonNull(who, "who");
		steps = copy(steps);
		details = copy(details);
		regions = copy(regions);
		equipment = copy(equipment);
		cautions = copy(cautions);
		contraindications = copy(contraindications);
		tags = copy(tags);
		sources = copy(sources);
		allergens = copy(allergens);
		stepLines = stepLines == null || stepLines.isEmpty() ? steps.stream().map(StepLine::plain).toList()
				: List.copyOf(stepLines);
	}

	/** True when the item works on the given area. */
	public boolean targets(Region region) {
		return this.regions.contains(region);
	}

	/** True when the item needs the given equipment. */
	public boolean uses(Equipment piece) {
		return this.equipment.contains(piece);
	}

	/** True when the item carries the given tag. */
	/**
	 * True for an exercise: a stretch item whose last step names its harder version
	 * (docs/content.md, exercises).
	 */
	public boolean exercise() {
		return this.kind == Kind.STRETCH && !this.steps.isEmpty()
				&& this.steps.get(this.steps.size() - 1).startsWith(EXERCISE_HARDER);
	}

	public boolean tagged(TechniqueTag tag) {
		return this.tags.contains(tag);
	}

	/** True when a yes to the given safety question rules this item out. */
	public boolean ruledOutBy(String questionId) {
		return this.contraindications.contains(questionId);
	}

	/** True when the item is written from the given article file. */
	public boolean cites(String file) {
		return this.sources.stream().anyMatch(s -> s.file().equals(file));
	}

	/** True when the item contains one of the given allergens (only oils do). */
	public boolean containsAny(java.util.Collection<Allergen> allergies) {
		return this.allergens.stream().anyMatch(allergies::contains);
	}

	private static <T> List<T> copy(List<T> list) {
		return list == null ? List.of() : List.copyOf(list);
	}

}
