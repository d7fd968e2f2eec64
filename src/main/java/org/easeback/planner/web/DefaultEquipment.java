package org.easeback.planner.web;

import java.util.EnumSet;
import java.util.Set;

import org.easeback.content.Equipment;
import org.easeback.planner.Mode;

/** What most people have at hand, used when a request names no equipment. */
final class DefaultEquipment {

	private DefaultEquipment() {
	}

	static Set<Equipment> of(Mode mode) {
		return switch (mode) {
			case PARTNER -> EnumSet.of(Equipment.BED, Equipment.OIL, Equipment.TOWELS, Equipment.PILLOW);
			case SELF -> EnumSet.of(Equipment.MAT, Equipment.TENNIS_BALLS);
			case THERAPIST_VISIT -> EnumSet.noneOf(Equipment.class);
		};
	}

}
