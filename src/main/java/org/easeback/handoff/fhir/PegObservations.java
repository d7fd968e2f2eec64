package org.easeback.handoff.fhir;

import java.util.ArrayList;
import java.util.List;

import org.easeback.diary.PainScore;
import org.easeback.diary.Peg;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Type;

/**
 * The answered PEG items of a diary entry as LOINC-coded values (panel 91148-7): average
 * pain in the past week 75893-8, interference with enjoyment of life 91145-3, with
 * general activity 91146-1, and the mean score 91147-9 (a Quantity in UCUM {score}: R4
 * has no decimal value) when all three are answered.
 */
final class PegObservations {

	private PegObservations() {
	}

	static List<Item> of(Peg peg) {
		List<Item> items = new ArrayList<>();
		score(items, "75893-8", "Average pain intensity in past week", peg.averagePain());
		score(items, "91145-3", "Pain interfered with enjoyment of life in past week", peg.enjoyment());
		score(items, "91146-1", "Pain interfered with general activity in past week", peg.activity());
		if (peg.score() != null) {
			items.add(new Item("91147-9", "Mean score [PEG]",
					new Quantity().setValue(Math.round(peg.score() * 10) / 10.0)
						.setUnit("{score}")
						.setSystem("http://unitsofmeasure.org")
						.setCode("{score}")));
		}
		return items;
	}

	private static void score(List<Item> items, String code, String display, PainScore score) {
		if (score != null) {
			items.add(new Item(code, display, new IntegerType(score.value())));
		}
	}

	record Item(String code, String display, Type value) {

	}

}
