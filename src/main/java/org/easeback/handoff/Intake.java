package org.easeback.handoff;

import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.validation.constraints.Size;
import org.easeback.shared.Allergen;
import org.easeback.shared.FieldProblem;
import org.easeback.shared.InvalidInputException;
import org.easeback.shared.Pressure;
import org.easeback.shared.Region;

/**
 * What a client tells a massage therapist before a visit. Every field is optional; lists
 * and sets are never null.
 *
 * @param conditions health conditions and history, one per item
 * @param history free text about the history, at most 4,000 characters
 * @param surgeries back surgeries
 * @param medicines medicines taken, prescription or over the counter
 * @param allergies allergens to keep away (nut oils, coconut, fragrance, latex)
 * @param otherAllergies oils or anything else the client reacts to, free text
 * @param avoidAreas areas of the back not to be worked on
 * @param sensitiveAreas areas to work gently
 * @param preferredModality the id of a professional massage style from the library, or
 * null
 * @param pressure the preferred pressure, or null
 * @param goals what the client wants from massage, at most 2,000 characters
 */
public record Intake(@Size(max = MAX_CONDITIONS, message = "{handoff.intake.conditions.size}") List<String> conditions,
		String history, @Size(max = MAX_SURGERIES, message = "{handoff.intake.surgeries.size}") List<Surgery> surgeries,
		@Size(max = MAX_MEDICINES, message = "{handoff.intake.medicines.size}") List<Medicine> medicines,
		Set<Allergen> allergies, String otherAllergies, Set<Region> avoidAreas, Set<Region> sensitiveAreas,
		String preferredModality, Pressure pressure, String goals) {

	/** Most conditions listed. */
	public static final int MAX_CONDITIONS = 30;

	/** Most back surgeries listed. */
	public static final int MAX_SURGERIES = 20;

	/** Most medicines listed. */
	public static final int MAX_MEDICINES = 50;

	/** An intake nobody has filled in yet. */
	public static final Intake EMPTY = new Intake(null, null, null, null, null, null, null, null, null, null, null);

	public Intake {
		conditions = conditions == null ? List.of() : List.copyOf(conditions);
		surgeries = surgeries == null ? List.of() : List.copyOf(surgeries);
		medicines = medicines == null ? List.of() : List.copyOf(medicines);
		allergies = allergies == null || allergies.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(allergies));
		avoidAreas = avoidAreas == null ? Set.of() : Set.copyOf(avoidAreas);
		sensitiveAreas = sensitiveAreas == null ? Set.of() : Set.copyOf(sensitiveAreas);
	}

	/** The areas to avoid in body-map order. */
	public List<Region> avoidAreasInOrder() {
		return ordered(this.avoidAreas);
	}

	/** The sensitive areas in body-map order. */
	public List<Region> sensitiveAreasInOrder() {
		return ordered(this.sensitiveAreas);
	}

	/** The allergies in a stable order. */
	public List<Allergen> allergiesInOrder() {
		return this.allergies.stream().sorted().toList();
	}

	/**
	 * Checks every field.
	 * @param isModality tells whether an id is a massage style of the library
	 * @throws InvalidInputException naming every bad field
	 */
	public void validate(Predicate<String> isModality) {
		List<FieldProblem> problems = new ArrayList<>();
		// the same maxima as the annotations: the page form reaches here without them
		if (this.conditions.size() > MAX_CONDITIONS) {
			problems.add(new FieldProblem("conditions", "list at most " + MAX_CONDITIONS + " conditions"));
		}
		if (this.surgeries.size() > MAX_SURGERIES) {
			problems.add(new FieldProblem("surgeries", "list at most " + MAX_SURGERIES + " surgeries"));
		}
		if (this.medicines.size() > MAX_MEDICINES) {
			problems.add(new FieldProblem("medicines", "list at most " + MAX_MEDICINES + " medicines"));
		}
		for (int i = 0; i < this.conditions.size(); i++) {
			text(problems, "conditions[" + i + "]", this.conditions.get(i), 200, true);
		}
		text(problems, "history", this.history, 4000, false);
		int thisYear = Year.now().getValue();
		for (int i = 0; i < this.surgeries.size(); i++) {
			Surgery surgery = this.surgeries.get(i);
			if (surgery == null) {
				problems.add(new FieldProblem("surgeries[" + i + "]", "must not be empty"));
				continue;
			}
			if (surgery.year() == null || surgery.year() < 1900 || surgery.year() > thisYear) {
				problems.add(new FieldProblem("surgeries[" + i + "].year", "must be a year from 1900 to " + thisYear));
			}
			text(problems, "surgeries[" + i + "].area", surgery.area(), 200, true);
		}
		for (int i = 0; i < this.medicines.size(); i++) {
			Medicine medicine = this.medicines.get(i);
			text(problems, "medicines[" + i + "].name", medicine == null ? null : medicine.name(), 200, true);
		}
		text(problems, "otherAllergies", this.otherAllergies, 500, false);
		if (this.preferredModality != null && !isModality.test(this.preferredModality)) {
			problems.add(new FieldProblem("preferredModality", "must be the id of a massage style in the library"));
		}
		text(problems, "goals", this.goals, 2000, false);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static void text(List<FieldProblem> problems, String field, String value, int max, boolean required) {
		if (required && (value == null || value.isBlank())) {
			problems.add(new FieldProblem(field, "must not be blank"));
		}
		else if (value != null && value.length() > max) {
			problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
		}
	}

	private static List<Region> ordered(Set<Region> regions) {
		return regions.stream().sorted().toList();
	}

	/**
	 * A back surgery.
	 *
	 * @param year the year of the operation
	 * @param area what was operated on, for example "L4-L5 discectomy"
	 */
	public record Surgery(Integer year, String area) {

	}

	/**
	 * A medicine.
	 *
	 * @param name its name
	 * @param prescription true when prescribed, false when over the counter
	 */
	public record Medicine(String name, boolean prescription) {

	}

}
