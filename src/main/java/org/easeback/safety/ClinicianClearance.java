package org.easeback.safety;

import java.util.List;

import org.easeback.shared.Pressure;
import org.easeback.shared.TechniqueTag;

/**
 * What a reported clearance ("a doctor or physiotherapist has checked this and said
 * massage is fine") does: each finding that needed a clinician becomes a caution with a
 * gentle plan, because the clinician cleared massage, not deep or tool work. It never
 * touches an urgent finding, and every other finding, with its changes, stays as it was.
 * EaseBack cannot verify the clearance, so the reason says so wherever it is shown (the
 * result page, the hand-off summary).
 */
final class ClinicianClearance {

	/** The plan a cleared finding asks for. */
	static final PlanChanges GENTLE = PlanChanges.NONE.withMaxPressure(Pressure.LIGHT)
		.forbidding(TechniqueTag.TOOL_PRESSURE, TechniqueTag.KNUCKLES, TechniqueTag.TRIGGER_POINT,
				TechniqueTag.FIRM_NEAR_BONE)
		.withClinicianClearance();

	static final String NOT_VERIFIED = "Reported as checked by a doctor or physiotherapist, not verified by "
			+ "EaseBack: massage with light pressure only.";

	private ClinicianClearance() {
	}

	/** The findings with the clearance applied, when it was given. */
	static List<Finding> apply(SafetyAnswers answers, List<Finding> findings) {
		if (!answers.yes(Question.CLINICIAN_CLEARANCE)) {
			return findings;
		}
		return findings.stream().map(ClinicianClearance::clear).toList();
	}

	private static Finding clear(Finding finding) {
		if (finding.outcome() != Outcome.SEE_CLINICIAN) {
			return finding;
		}
		return new Finding(finding.ruleId(), Outcome.CAUTION, finding.reason() + " " + NOT_VERIFIED, finding.source(),
				finding.changes().and(GENTLE));
	}

}
