package org.easeback.safety;

import java.util.Arrays;
import java.util.Optional;

import static org.easeback.safety.Outcome.CAUTION;
import static org.easeback.safety.Outcome.SEE_CLINICIAN;
import static org.easeback.safety.Outcome.URGENT;
import static org.easeback.safety.QuestionGroup.CLINICIAN_SIGNS;
import static org.easeback.safety.QuestionGroup.EMERGENCY_SIGNS;
import static org.easeback.safety.QuestionGroup.HEALTH_CONDITIONS;

/**
 * The yes/no questions of the safety check, with the stable ids the API and the forms
 * use. {@link #outcome()} is what a "yes" leads to on its own; the rules in
 * {@link SafetyRules} decide the rest.
 */
public enum Question {

	SADDLE_NUMBNESS("saddle_numbness", EMERGENCY_SIGNS, URGENT,
			"Is there numbness or tingling around the genitals, buttocks or inner thighs?",
			"The skin that would touch a bicycle saddle. Numbness there can mean pressure on the nerves at the base of the spine."),
	BLADDER_BOWEL_CHANGE("bladder_bowel_change", EMERGENCY_SIGNS, URGENT,
			"Is there new trouble passing urine, or any loss of bladder or bowel control?",
			"Any change that is new since the back pain began, including leaking or not feeling the need to go."),
	PROGRESSIVE_LEG_WEAKNESS("progressive_leg_weakness", EMERGENCY_SIGNS, URGENT,
			"Is a leg getting weaker, does a foot drag or slap, or is walking getting harder?",
			"Weakness that is getting worse, not just stiffness or pain."),
	FEVER("fever", EMERGENCY_SIGNS, URGENT,
			"Is there a fever, chills, or a feeling of being generally unwell with the back pain?",
			"Back pain with a fever can be a sign of an infection."),
	MAJOR_TRAUMA("major_trauma", EMERGENCY_SIGNS, URGENT,
			"Did the pain start after a fall, an accident or a hard blow?",
			"For example a fall from a height, a car accident or a sports collision."),
	BOTH_LEGS_SYMPTOMS("both_legs_symptoms", CLINICIAN_SIGNS, SEE_CLINICIAN,
			"Is there pain, numbness or pins and needles going down both legs?",
			"Symptoms in one leg only are common; in both legs they need checking."),
	CANCER_HISTORY("cancer_history", CLINICIAN_SIGNS, SEE_CLINICIAN, "Have you ever had cancer?",
			"Any cancer, even one treated long ago."),
	UNEXPLAINED_WEIGHT_LOSS("unexplained_weight_loss", CLINICIAN_SIGNS, SEE_CLINICIAN,
			"Are you losing weight without trying?", "Not from a diet or more exercise."),
	CONSTANT_NIGHT_PAIN("constant_night_pain", CLINICIAN_SIGNS, SEE_CLINICIAN,
			"Is the pain constant, not eased by rest, or does it wake you at night?",
			"Pain that stays the same whatever position you take."),
	IMMUNE_OR_IV_DRUG("immune_or_iv_drug", CLINICIAN_SIGNS, SEE_CLINICIAN,
			"Do you have a weakened immune system, take steroid tablets long term, or inject drugs?",
			"For example after a transplant, during chemotherapy, or with HIV that is not controlled."),
	CLOT_HISTORY("clot_history", CLINICIAN_SIGNS, SEE_CLINICIAN,
			"Do you have a deep vein thrombosis or another blood clot, now or recently?",
			"Rubbing near a clot could move it."),
	RECENT_BACK_SURGERY("recent_back_surgery", CLINICIAN_SIGNS, SEE_CLINICIAN,
			"Have you had back surgery in the last 3 months?",
			"Including keyhole surgery and injections into the spine."),
	SEVERE_WORSENING_PAIN("severe_worsening_pain", CLINICIAN_SIGNS, SEE_CLINICIAN,
			"Is the pain severe and getting worse?", "Pain that gets in the way of daily life and is not settling."),
	HEART_CONDITION("heart_condition", CLINICIAN_SIGNS, SEE_CLINICIAN,
			"Do you have heart disease, or high blood pressure that is not under control?",
			"If your blood pressure is treated and stays in range, answer no."),
	BLOOD_THINNERS("blood_thinners", HEALTH_CONDITIONS, CAUTION,
			"Do you take blood thinners, or have a bleeding disorder?",
			"For example warfarin, apixaban, rivaroxaban, or haemophilia. Bruising comes more easily."),
	OSTEOPOROSIS("osteoporosis", HEALTH_CONDITIONS, CAUTION, "Do you have osteoporosis or fragile bones?",
			"Bones that have been found to be thin, or that broke easily."),
	PREGNANT("pregnant", HEALTH_CONDITIONS, CAUTION, "Are you pregnant?",
			"If yes, you can also say how many weeks below."),
	SKIN_PROBLEM("skin_problem", HEALTH_CONDITIONS, CAUTION,
			"Is there broken skin, a rash, a burn, a bruise or an infection on the back?",
			"If yes, mark the areas below so the massage leaves them out.");

	private final String id;

	private final QuestionGroup group;

	private final Outcome outcome;

	private final String text;

	private final String help;

	Question(String id, QuestionGroup group, Outcome outcome, String text, String help) {
		this.id = id;
		this.group = group;
		this.outcome = outcome;
		this.text = text;
		this.help = help;
	}

	/** The stable id, for example {@code saddle_numbness}. */
	public String id() {
		return this.id;
	}

	public QuestionGroup group() {
		return this.group;
	}

	/** What a "yes" to this question leads to on its own. */
	public Outcome outcome() {
		return this.outcome;
	}

	/** The question in plain words. */
	public String text() {
		return this.text;
	}

	/** A short explanation shown under the question. */
	public String help() {
		return this.help;
	}

	/** True for the red flags of the table: a "yes" on its own needs a clinician. */
	public boolean isRedFlag() {
		return this.outcome.isWorseThan(CAUTION);
	}

	/** The question with this id, if there is one. */
	public static Optional<Question> byId(String id) {
		return Arrays.stream(values()).filter(q -> q.id.equals(id)).findFirst();
	}

}
