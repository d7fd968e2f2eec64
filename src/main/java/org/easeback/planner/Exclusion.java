package org.easeback.planner;

import org.easeback.shared.TechniqueTag;
import org.easeback.shared.Words.Phrase;

/**
 * Why a content item cannot be part of a plan at all. The safety check's reasons are told
 * to the person when a routine would have used the item; the others only when they chose
 * it.
 */
sealed interface Exclusion {

	/** The reason in words, to follow "… is left out:". */
	Phrase reason();

	/** True when the safety check is the reason. */
	default boolean bySafetyCheck() {
		return false;
	}

	/** A professional-only modality: never in a home plan. */
	record ProfessionalOnly() implements Exclusion {

		@Override
		public Phrase reason() {
			return message("plan.exclusion.professionalOnly");
		}

	}

	/** A yes answer is one of the item's contraindications. */
	record RuledOutByAnswer() implements Exclusion {

		@Override
		public Phrase reason() {
			return message("plan.exclusion.answer");
		}

		@Override
		public boolean bySafetyCheck() {
			return true;
		}

	}

	/** The safety check forbids something the item does. */
	record ForbiddenTechnique(TechniqueTag tag) implements Exclusion {

		@Override
		public Phrase reason() {
			return message("plan.exclusion.technique", message("plan.technique." + this.tag.name()));
		}

		@Override
		public boolean bySafetyCheck() {
			return true;
		}

	}

	/** The item needs equipment the person does not have at hand. */
	record MissingEquipment() implements Exclusion {

		@Override
		public Phrase reason() {
			return message("plan.exclusion.equipment");
		}

	}

	private static Phrase message(String key, Object... args) {
		return new Phrase(key, args);
	}

}
