package org.easeback.session.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * What to do after "Stop — it hurts". Pain always ends the session; the advice never says
 * to carry on. Sharp or shooting pain, or pain of 7 or more, means seeing a clinician.
 *
 * @param seeClinician true when the back should be checked before any more massage
 * @param advice what to do now, in order
 */
public record StopAdvice(boolean seeClinician, List<String> advice) {

	static final int STRONG_PAIN = 7;

	public StopAdvice {
		advice = List.copyOf(advice);
	}

	public static StopAdvice of(int pain, boolean sharp) {
		List<String> advice = new ArrayList<>();
		advice.add("The massage is over for today: take your hands away and cover the back with a towel.");
		boolean clinician = sharp || pain >= STRONG_PAIN;
		if (clinician) {
			advice.add("Sharp, shooting or strong pain should be checked by a doctor or physiotherapist before "
					+ "any more massage.");
			advice.add("Get urgent care today if it comes with numbness around the groin or buttocks, trouble "
					+ "passing urine, or weakness in a leg.");
		}
		else {
			advice.add("Rest in a comfortable position and move gently when it eases.");
			advice.add("If the pain is still there in a few days, or gets worse, see a doctor.");
		}
		return new StopAdvice(clinician, advice);
	}

}
