package org.easeback.handoff.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.easeback.handoff.Intake;
import org.easeback.handoff.StoredIntake;
import org.easeback.shared.Allergen;
import org.easeback.shared.Pressure;
import org.easeback.shared.Region;

/**
 * The intake page's form: lists are typed one item per line; a surgery line starts with
 * its year ("2019 L4-L5 discectomy").
 */
record IntakeForm(Integer version, String conditions, String history, String surgeries, String prescriptionMedicines,
		String otherMedicines, List<Allergen> allergies, String otherAllergies, List<Region> avoidAreas,
		List<Region> sensitiveAreas, String preferredModality, Pressure pressure, String goals) {

	private static final Pattern SURGERY = Pattern.compile("^\\s*(\\d{1,4})\\b[\\s:,-]*(.*)$");

	static IntakeForm of(StoredIntake stored) {
		Intake i = stored.intake();
		return new IntakeForm(stored.version(), String.join("\n", i.conditions()), i.history(),
				i.surgeries().stream().map(s -> s.year() + " " + s.area()).collect(Collectors.joining("\n")),
				medicines(i, true), medicines(i, false), i.allergiesInOrder(), i.otherAllergies(),
				i.avoidAreasInOrder(), i.sensitiveAreasInOrder(), i.preferredModality(), i.pressure(), i.goals());
	}

	Intake toIntake() {
		List<Intake.Surgery> surgeryList = new ArrayList<>();
		for (String line : lines(this.surgeries)) {
			Matcher m = SURGERY.matcher(line);
			surgeryList.add(m.matches() ? new Intake.Surgery(Integer.valueOf(m.group(1)), m.group(2).trim())
					: new Intake.Surgery(null, line));
		}
		List<Intake.Medicine> medicines = new ArrayList<>();
		lines(this.prescriptionMedicines).forEach(n -> medicines.add(new Intake.Medicine(n, true)));
		lines(this.otherMedicines).forEach(n -> medicines.add(new Intake.Medicine(n, false)));
		return new Intake(lines(this.conditions), blankToNull(this.history), surgeryList, medicines,
				set(this.allergies), blankToNull(this.otherAllergies), set(this.avoidAreas), set(this.sensitiveAreas),
				blankToNull(this.preferredModality), this.pressure, blankToNull(this.goals));
	}

	/** How many prescription medicines the form lists (they come first in the intake). */
	int prescriptionCount() {
		return lines(this.prescriptionMedicines).size();
	}

	int versionOrZero() {
		return this.version == null ? 0 : this.version;
	}

	private static <T> Set<T> set(List<T> values) {
		return values == null ? Set.of() : new HashSet<>(values);
	}

	private static String medicines(Intake intake, boolean prescription) {
		return intake.medicines()
			.stream()
			.filter(m -> m.prescription() == prescription)
			.map(Intake.Medicine::name)
			.collect(Collectors.joining("\n"));
	}

	private static List<String> lines(String text) {
		return text == null ? List.of()
				: Arrays.stream(text.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
