package org.easeback.planner;

/** One line per step saying why it is in the plan. */
final class Reasons {

	private Reasons() {
	}

	static String why(Slot slot) {
		return why(slot.phase());
	}

	static String why(Phase of) {
		String phase = switch (of) {
			case HEAT -> "Warmth first loosens the muscles so the hands have less to fight.";
			case WARM_UP -> "Light strokes first warm the muscles and spread the oil before any firmer work.";
			case ONE_SIDE -> "One side at a time, then the other, then both, keeps the work even and unhurried.";
			case TURN_OVER ->
				"Lying on their side, only the upper side can be reached: turning over lets the other side have the same care.";
			case OTHER_SIDE -> "The same work on the other side, so both sides get the same care.";
			case BOTH_SIDES -> "With both sides warmed, strokes across the whole lower back join the work up.";
			case SORE_SPOTS -> "You said it is sore here: focused work on the muscle, never on bone or the spine.";
			case TOOLS -> "Your body weight on the tool does the work while your hands rest.";
			case HANDS_ON -> "Your own hands can reach the spots the tools miss, with pressure you control.";
			case FINISH -> "Slow, light strokes tell the body the massage is ending.";
			case BEFORE_VISIT -> "A therapist can only adapt to what they know.";
			case DURING_VISIT -> "Saying what feels wrong during the massage is what keeps it safe.";
			case STRETCH -> "Stretching after massage helps the looser feeling last.";
			case AFTERCARE -> "A calm end and some water help the body settle.";
		};
		return phase;
	}

}
