package org.easeback.safety;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.easeback.shared.Allergen;
import org.easeback.shared.Pressure;
import org.easeback.shared.Region;
import org.easeback.shared.TechniqueTag;

/**
 * The changes the safety check imposes on a plan; the planner obeys every one. Combining
 * two sets of changes ({@link #and}) always keeps the stricter of each.
 * <p>
 * Invariants kept by the constructor: essential oils are never allowed together with a
 * {@link Allergen#FRAGRANCE} allergy; when they are not allowed,
 * {@link TechniqueTag#ESSENTIAL_OIL} is forbidden; side-lying forbids
 * {@link TechniqueTag#FACE_DOWN} and a forbidden face-down position means side-lying.
 * When essential oils are allowed they are still only ever suggested diluted in a carrier
 * oil.
 *
 * @param maxPressure the firmest pressure any step may use
 * @param excludedRegions areas no step may touch
 * @param position how the person lies
 * @param forbiddenAllergens allergens no suggested oil or material may contain
 * @param essentialOilsAllowed whether a few drops of essential oil in a carrier may be
 * suggested
 * @param forbiddenTechniqueTags techniques no step may use
 * @param otherAllergies allergies the person wrote in their own words, to show with a
 * "check the label" note
 * @param advice plain-language notes to show with the plan
 * @param shorterWork whether the working phases are kept short (a fresh strain)
 * @param clearedByClinician whether a finding that needed a clinician was lifted by a
 * reported clearance, so the plan says what that clearance allows
 */
public record PlanChanges(Pressure maxPressure, Set<Region> excludedRegions, Position position,
		Set<Allergen> forbiddenAllergens, boolean essentialOilsAllowed, Set<TechniqueTag> forbiddenTechniqueTags,
		List<String> otherAllergies, List<String> advice, boolean shorterWork, boolean clearedByClinician) {

	/** No changes at all. */
	public static final PlanChanges NONE = new PlanChanges(Pressure.FIRM, Set.of(), Position.FACE_DOWN, Set.of(), true,
			Set.of(), List.of(), List.of(), false, false);

	public PlanChanges {
		Objects.requireNonNull(maxPressure, "maxPressure");
		Objects.requireNonNull(position, "position");
		if (essentialOilsAllowed && forbiddenAllergens.contains(Allergen.FRAGRANCE)) {
			throw new IllegalArgumentException("essential oils are never allowed with a fragrance allergy");
		}
		Set<TechniqueTag> tags = EnumSet.noneOf(TechniqueTag.class);
		tags.addAll(forbiddenTechniqueTags);
		if (!essentialOilsAllowed) {
			tags.add(TechniqueTag.ESSENTIAL_OIL);
		}
		if (position == Position.SIDE_LYING || tags.contains(TechniqueTag.FACE_DOWN)) {
			position = Position.SIDE_LYING;
			tags.add(TechniqueTag.FACE_DOWN);
		}
		excludedRegions = enums(Region.class, excludedRegions);
		forbiddenAllergens = enums(Allergen.class, forbiddenAllergens);
		forbiddenTechniqueTags = Collections.unmodifiableSet(tags);
		otherAllergies = List.copyOf(otherAllergies);
		advice = List.copyOf(new LinkedHashSet<>(advice));
	}

	/** These changes with pressure capped at {@code cap} (never raised). */
	public PlanChanges withMaxPressure(Pressure cap) {
		return and(new PlanChanges(cap, Set.of(), Position.FACE_DOWN, Set.of(), true, Set.of(), List.of(), List.of(),
				false, false));
	}

	/** These changes with the areas added to the excluded ones. */
	public PlanChanges excluding(Collection<Region> regions) {
		return new PlanChanges(this.maxPressure, union(this.excludedRegions, regions), this.position,
				this.forbiddenAllergens, this.essentialOilsAllowed, this.forbiddenTechniqueTags, this.otherAllergies,
				this.advice, this.shorterWork, this.clearedByClinician);
	}

	/** These changes with the techniques added to the forbidden ones. */
	public PlanChanges forbidding(TechniqueTag... tags) {
		return new PlanChanges(this.maxPressure, this.excludedRegions, this.position, this.forbiddenAllergens,
				this.essentialOilsAllowed, union(this.forbiddenTechniqueTags, Arrays.asList(tags)), this.otherAllergies,
				this.advice, this.shorterWork, this.clearedByClinician);
	}

	/**
	 * These changes with the allergens forbidden (and essential oils too for fragrance).
	 */
	public PlanChanges forbiddingAllergens(Collection<Allergen> allergens, List<String> other) {
		boolean oils = this.essentialOilsAllowed && !allergens.contains(Allergen.FRAGRANCE);
		return new PlanChanges(this.maxPressure, this.excludedRegions, this.position,
				union(this.forbiddenAllergens, allergens), oils, this.forbiddenTechniqueTags,
				concat(this.otherAllergies, other), this.advice, this.shorterWork, this.clearedByClinician);
	}

	/** These changes with the person lying on their side instead of face down. */
	public PlanChanges sideLying() {
		return forbidding(TechniqueTag.FACE_DOWN);
	}

	/** These changes with a note added. */
	public PlanChanges withAdvice(String note) {
		return new PlanChanges(this.maxPressure, this.excludedRegions, this.position, this.forbiddenAllergens,
				this.essentialOilsAllowed, this.forbiddenTechniqueTags, this.otherAllergies,
				concat(this.advice, List.of(note)), this.shorterWork, this.clearedByClinician);
	}

	/** These changes with the working phases kept short. */
	public PlanChanges withShorterWork() {
		return new PlanChanges(this.maxPressure, this.excludedRegions, this.position, this.forbiddenAllergens,
				this.essentialOilsAllowed, this.forbiddenTechniqueTags, this.otherAllergies, this.advice, true,
				this.clearedByClinician);
	}

	/** These changes without essential oils, whatever the allergies. */
	public PlanChanges withoutEssentialOils() {
		return new PlanChanges(this.maxPressure, this.excludedRegions, this.position, this.forbiddenAllergens, false,
				this.forbiddenTechniqueTags, this.otherAllergies, this.advice, this.shorterWork,
				this.clearedByClinician);
	}

	/** These changes marked as lifted from "see a clinician" by a reported clearance. */
	public PlanChanges withClinicianClearance() {
		return new PlanChanges(this.maxPressure, this.excludedRegions, this.position, this.forbiddenAllergens,
				this.essentialOilsAllowed, this.forbiddenTechniqueTags, this.otherAllergies, this.advice,
				this.shorterWork, true);
	}

	/**
	 * Both sets of changes together: the lower pressure cap, every exclusion and note,
	 * shorter work or a clearance if either has it.
	 */
	public PlanChanges and(PlanChanges other) {
		Position side = (this.position == Position.SIDE_LYING) ? this.position : other.position;
		return new PlanChanges(this.maxPressure.cappedAt(other.maxPressure),
				union(this.excludedRegions, other.excludedRegions), side,
				union(this.forbiddenAllergens, other.forbiddenAllergens),
				this.essentialOilsAllowed && other.essentialOilsAllowed,
				union(this.forbiddenTechniqueTags, other.forbiddenTechniqueTags),
				concat(this.otherAllergies, other.otherAllergies), concat(this.advice, other.advice),
				this.shorterWork || other.shorterWork, this.clearedByClinician || other.clearedByClinician);
	}

	/** True when a step may use this technique. */
	public boolean permits(TechniqueTag tag) {
		return !this.forbiddenTechniqueTags.contains(tag);
	}

	/** True when a step may touch this area. */
	public boolean permits(Region region) {
		return !this.excludedRegions.contains(region);
	}

	private static <E extends Enum<E>> Set<E> enums(Class<E> type, Collection<E> values) {
		Set<E> set = EnumSet.noneOf(type);
		set.addAll(values);
		return Collections.unmodifiableSet(set);
	}

	private static <E> Set<E> union(Collection<E> a, Collection<E> b) {
		Set<E> set = new LinkedHashSet<>(a);
		set.addAll(b);
		return set;
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> list = new ArrayList<>(a);
		b.stream().filter(s -> !list.contains(s)).forEach(list::add);
		return list;
	}

}
