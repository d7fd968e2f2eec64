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
