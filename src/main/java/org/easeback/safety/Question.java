package org.easeback.safety;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import static org.easeback.safety.Outcome.CAUTION;
import static org.easeback.safety.Outcome.CLEAR;
import static org.easeback.safety.Outcome.SEE_CLINICIAN;
import static org.easeback.safety.Outcome.URGENT;
import static org.easeback.safety.QuestionGroup.CONDITIONS;
import static org.easeback.safety.QuestionGroup.EMERGENCY_SIGNS;
import static org.easeback.safety.QuestionGroup.FOLLOW_UPS;
import static org.easeback.safety.QuestionGroup.HEALTH_HISTORY;
import static org.easeback.safety.QuestionGroup.HOW_IT_STARTED;
import static org.easeback.safety.QuestionGroup.RECENT_CHANGES;

/**
 * The yes/no questions of the safety check, with the stable ids the API and the forms
 * use, in the order they are asked. {@link #outcome()} is what a "yes" leads to on its
 * own; the rules in {@link SafetyRules} decide the rest. The words are in
 * {@code messages.properties}, one wording for each {@link Voice}.
 */
public enum Question {

	SADDLE_NUMBNESS("saddle_numbness", EMERGENCY_SIGNS, URGENT),
	BLADDER_BOWEL_CHANGE("bladder_bowel_change", EMERGENCY_SIGNS, URGENT),
	SEXUAL_FUNCTION_CHANGE("sexual_function_change", EMERGENCY_SIGNS, URGENT),
	BOTH_LEGS_SYMPTOMS("both_legs_symptoms", EMERGENCY_SIGNS, URGENT),
	PROGRESSIVE_LEG_WEAKNESS("progressive_leg_weakness", EMERGENCY_SIGNS, URGENT),
	FEVER("fever", EMERGENCY_SIGNS, URGENT), DVT_SIGNS("dvt_signs", EMERGENCY_SIGNS, URGENT),

	CANCER_HISTORY("cancer_history", HEALTH_HISTORY, SEE_CLINICIAN),
	IMMUNE_OR_IV_DRUG("immune_or_iv_drug", HEALTH_HISTORY, SEE_CLINICIAN),
	HEART_CONDITION("heart_condition", HEALTH_HISTORY, SEE_CLINICIAN),
	CLOT_HISTORY("clot_history", HEALTH_HISTORY, SEE_CLINICIAN),
	UNEXPLAINED_WEIGHT_LOSS("unexplained_weight_loss", HEALTH_HISTORY, SEE_CLINICIAN),

	RECENT_BACK_SURGERY("recent_back_surgery", RECENT_CHANGES, SEE_CLINICIAN),
	RECENT_OPERATION("recent_operation", RECENT_CHANGES, SEE_CLINICIAN),
	CONSTANT_NIGHT_PAIN("constant_night_pain", RECENT_CHANGES, SEE_CLINICIAN),
	SEVERE_WORSENING_PAIN("severe_worsening_pain", RECENT_CHANGES, SEE_CLINICIAN),

	PREGNANT("pregnant", CONDITIONS, CAUTION), BLOOD_THINNERS("blood_thinners", CONDITIONS, CAUTION),
	OSTEOPOROSIS("osteoporosis", CONDITIONS, CAUTION), NUMB_SKIN("numb_skin", CONDITIONS, CAUTION),
	SKIN_PROBLEM("skin_problem", CONDITIONS, CAUTION),

	/** A high-energy injury; a slip from standing is {@link #MINOR_FALL}. */
	MAJOR_TRAUMA("major_trauma", HOW_IT_STARTED, URGENT),
	/**
	 * A caution alone; urgent with fragile bones, steroids or over 55 (a rule decides).
	 */
	MINOR_FALL("minor_fall", HOW_IT_STARTED, CAUTION), RECENT_STRAIN("recent_strain", HOW_IT_STARTED, CAUTION),

	/** Asked only after {@link #PREGNANT}. */
	PREGNANCY_COMPLICATIONS("pregnancy_complications", FOLLOW_UPS, SEE_CLINICIAN),
	/**
	 * Asked only after {@link #SKIN_PROBLEM}; a "yes" lets a whole-back skin problem be a
	 * caution instead of a clinician's matter.
	 */
	SKIN_MINOR("skin_minor", FOLLOW_UPS, CLEAR),
	/** Asked only over 70; a "yes" lets floor work back in. */
	FLOOR_IS_EASY("floor_is_easy", FOLLOW_UPS, CLEAR),
	/**
	 * Asked on a {@link Outcome#SEE_CLINICIAN} result; a "yes" turns those findings into
	 * cautions, never an urgent one.
	 */
	CLINICIAN_CLEARANCE("clinician_clearance", FOLLOW_UPS, CLEAR);

	private final String id;

	private final QuestionGroup group;

	private final Outcome outcome;

	Question(String id, QuestionGroup group, Outcome outcome) {
		this.id = id;
		this.group = group;
		this.outcome = outcome;
	}

	/** Whom a question's wording addresses. */
	public enum Voice {

		/** "you": the person answers for themselves. */
		SELF,
		/** "the person you will massage": someone answers for the person they massage. */
		PARTNER

	}

	/** The stable id, for example {@code saddle_numbness}. */
	public String id() {
		return this.id;
	}

	public QuestionGroup group() {
		return this.group;
	}

	/**
	 * What a "yes" to this question leads to on its own; {@link Outcome#CLEAR} for a
	 * relaxing answer.
	 */
	public Outcome outcome() {
		return this.outcome;
	}

	/** True for the red flags of the table: a "yes" on its own needs a clinician. */
	public boolean isRedFlag() {
		return this.outcome.isWorseThan(CAUTION);
	}

	/**
	 * True for an answer that can only ever make the plan gentler to follow, never
	 * riskier ({@link #CLINICIAN_CLEARANCE}, {@link #FLOOR_IS_EASY},
	 * {@link #SKIN_MINOR}): it is not a risk question, so the "one more yes is never
	 * safer" properties leave it out.
	 */
	public boolean isRelaxing() {
		return this.outcome == CLEAR;
	}

	/** The question whose "yes" this one follows up, if it is a follow-up of one. */
	public Optional<Question> dependsOn() {
		return switch (this) {
			case PREGNANCY_COMPLICATIONS -> Optional.of(PREGNANT);
			case SKIN_MINOR -> Optional.of(SKIN_PROBLEM);
			default -> Optional.empty();
		};
	}

	/** The message key of the question in this voice. */
	public String textKey(Voice voice) {
		return "question." + this.id + ".text." + voice.name().toLowerCase(Locale.ROOT);
	}

	/** The message key of the short explanation shown under the question. */
	public String helpKey() {
		return "question." + this.id + ".help";
	}

	/** The question with this id, if there is one. */
	public static Optional<Question> byId(String id) {
		return Arrays.stream(values()).filter(q -> q.id.equals(id)).findFirst();
	}

}
