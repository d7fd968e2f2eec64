package org.easeback.session.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.easeback.planner.Mode;

/**
 * What to do after "Stop — it hurts", as message codes for who is there: the giver of a
 * partner massage looks after the receiver, someone alone looks after themselves, someone
 * at a therapist's visit asks the therapist to stop. Pain always ends the session; the
 * advice never says to carry on. Sharp or shooting pain, or pain of 7 or more, means
 * seeing a clinician (SAFETY.md, hazards H13 and H63).
 *
 * @param seeClinician true when the back should be checked before any more massage
 * @param advice what to do now, in order: codes of {@code player.stopped.advice.*}
 */
public record StopAdvice(boolean seeClinician, List<String> advice) {

	static final int STRONG_PAIN = 7;

	public StopAdvice {
		advice = List.copyOf(advice);
	}

	public static StopAdvice of(int pain, boolean sharp, Mode mode) {
		String who = "player.stopped.advice." + mode.name().toLowerCase(Locale.ROOT) + ".";
		List<String> advice = new ArrayList<>();
		advice.add(who + "over");
		boolean clinician = sharp || pain >= STRONG_PAIN;
		if (clinician) {
			advice.add(who + "clinician");
			advice.add(who + "urgent");
		}
		else {
			advice.add(who + "rest");
			advice.add(who + "later");
		}
		return new StopAdvice(clinician, advice);
	}

}
