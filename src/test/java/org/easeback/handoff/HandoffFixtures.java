package org.easeback.handoff;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.easeback.shared.Allergen;
import org.easeback.shared.Pressure;
import org.easeback.shared.Region;

/** Intakes and accounts for hand-off tests. */
public final class HandoffFixtures {

	private HandoffFixtures() {
	}

	/** A new username nobody has used. */
	public static String someone() {
		return "user-" + UUID.randomUUID() + "@example.org";
	}

	/** An intake with every field filled in. */
	public static Intake fullIntake() {
		return new Intake(List.of("Mild scoliosis", "High blood pressure"), "Desk job; back pain since 2020.",
				List.of(new Intake.Surgery(2019, "L4-L5 discectomy")),
				List.of(new Intake.Medicine("Ibuprofen", false), new Intake.Medicine("Amlodipine", true)),
				EnumSet.of(Allergen.TREE_NUT, Allergen.LATEX), "Lavender oil", Set.of(Region.SACRUM, Region.FLANK_LEFT),
				Set.of(Region.LUMBAR_RIGHT), "swedish-massage", Pressure.LIGHT, "Sit through a workday without pain.");
	}

	/**
	 * The largest intake the hand-off accepts: every list as long and every text as long
	 * as its limit allows, written in characters that JSON escapes (quotes, backslashes)
	 * or that take several bytes (accents, CJK), so the stored document is as large as a
	 * valid intake makes it.
	 */
	public static Intake largestIntake() {
		List<String> conditions = java.util.stream.IntStream.range(0, Intake.MAX_CONDITIONS)
			.mapToObj(i -> text("condition " + i, 200))
			.toList();
		List<Intake.Surgery> surgeries = java.util.stream.IntStream.range(0, Intake.MAX_SURGERIES)
			.mapToObj(i -> new Intake.Surgery(2000 + i, text("surgery " + i, 200)))
			.toList();
		List<Intake.Medicine> medicines = java.util.stream.IntStream.range(0, Intake.MAX_MEDICINES)
			.mapToObj(i -> new Intake.Medicine(text("medicine " + i, 200), i < Intake.MAX_MEDICINES / 2))
			.toList();
		return new Intake(conditions, text("history", 4000), surgeries, medicines, EnumSet.allOf(Allergen.class),
				text("allergies", 500), EnumSet.allOf(Region.class), Set.of(), "swedish-massage", Pressure.FIRM,
				text("goals", 2000));
	}

	/**
	 * Exactly {@code length} characters starting with {@code start}, then quotes,
	 * backslashes and non-Latin letters; no blank at either end.
	 */
	public static String text(String start, int length) {
		StringBuilder text = new StringBuilder(start).append(' ');
		String filler = "\"Rückenschmerz\\ 腰痛 née\" ";
		while (text.length() < length) {
			text.append(filler);
		}
		text.setLength(length - 1);
		return text.append('.').toString();
	}

	/** The intake JSON of {@link #fullIntake()}, for the API. */
	public static String fullIntakeJson(int version) {
		return """
				{"version": %d, "intake": {
				  "conditions": ["Mild scoliosis", "High blood pressure"],
				  "history": "Desk job; back pain since 2020.",
				  "surgeries": [{"year": 2019, "area": "L4-L5 discectomy"}],
				  "medicines": [{"name": "Ibuprofen", "prescription": false}, {"name": "Amlodipine", "prescription": true}],
				  "allergies": ["TREE_NUT", "LATEX"], "otherAllergies": "Lavender oil",
				  "avoidAreas": ["SACRUM", "FLANK_LEFT"], "sensitiveAreas": ["LUMBAR_RIGHT"],
				  "preferredModality": "swedish-massage", "pressure": "LIGHT",
				  "goals": "Sit through a workday without pain."}}"""
			.formatted(version);
	}

}
