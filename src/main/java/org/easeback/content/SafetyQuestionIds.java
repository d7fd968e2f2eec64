package org.easeback.content;

import java.util.Set;

/**
 * The safety check's question ids (SAFETY.md). Items name them as contraindications: a
 * yes to the question rules the item out or calls for the change the safety check lists.
 */
final class SafetyQuestionIds {

	static final Set<String> ALL = Set.of("saddle_numbness", "bladder_bowel_change", "progressive_leg_weakness",
			"fever", "major_trauma", "both_legs_symptoms", "cancer_history", "unexplained_weight_loss",
			"constant_night_pain", "immune_or_iv_drug", "clot_history", "recent_back_surgery", "severe_worsening_pain",
			"blood_thinners", "osteoporosis", "pregnant", "skin_problem", "heart_condition");

	private SafetyQuestionIds() {
	}

}
