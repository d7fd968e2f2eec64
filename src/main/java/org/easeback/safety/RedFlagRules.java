package org.easeback.safety;

import java.util.List;

import static org.easeback.safety.Question.BLADDER_BOWEL_CHANGE;
import static org.easeback.safety.Question.BOTH_LEGS_SYMPTOMS;
import static org.easeback.safety.Question.CANCER_HISTORY;
import static org.easeback.safety.Question.CLOT_HISTORY;
import static org.easeback.safety.Question.CONSTANT_NIGHT_PAIN;
import static org.easeback.safety.Question.DVT_SIGNS;
import static org.easeback.safety.Question.FEVER;
import static org.easeback.safety.Question.HEART_CONDITION;
import static org.easeback.safety.Question.IMMUNE_OR_IV_DRUG;
import static org.easeback.safety.Question.MAJOR_TRAUMA;
import static org.easeback.safety.Question.PREGNANCY_COMPLICATIONS;
import static org.easeback.safety.Question.PROGRESSIVE_LEG_WEAKNESS;
import static org.easeback.safety.Question.RECENT_BACK_SURGERY;
import static org.easeback.safety.Question.RECENT_OPERATION;
import static org.easeback.safety.Question.SADDLE_NUMBNESS;
import static org.easeback.safety.Question.SEVERE_WORSENING_PAIN;
import static org.easeback.safety.Question.SEXUAL_FUNCTION_CHANGE;
import static org.easeback.safety.Question.UNEXPLAINED_WEIGHT_LOSS;
import static org.easeback.safety.Sources.ARTICLE_SEVERE;
import static org.easeback.safety.Sources.CAUDA_EQUINA;
import static org.easeback.safety.Sources.CKS;
import static org.easeback.safety.Sources.NCCIH;
import static org.easeback.safety.Sources.NHS_DVT;
import static org.easeback.safety.Sources.NHS_SCIATICA;
import static org.easeback.safety.Sources.NICE;

/** The red flags of the table in SAFETY.md, each with its plain reason and source. */
final class RedFlagRules {

	private static final String CAUDA_EQUINA_SIGNS = NICE + "; " + CAUDA_EQUINA + "; " + NHS_SCIATICA;

	static final List<SafetyRule> ALL = List.of(
			new RedFlagRule(SADDLE_NUMBNESS, "Numbness around the genitals, buttocks or inner thighs can mean the "
					+ "nerves at the bottom of the spine are squeezed (cauda equina syndrome). It needs to be checked "
					+ "today to prevent lasting damage.", CAUDA_EQUINA_SIGNS),
			new RedFlagRule(BLADDER_BOWEL_CHANGE, "A new change in bladder or bowel control can mean the nerves at "
					+ "the bottom of the spine are squeezed (cauda equina syndrome). It needs to be checked today.",
					CAUDA_EQUINA_SIGNS),
			new RedFlagRule(SEXUAL_FUNCTION_CHANGE,
					"A new change in sexual function since the back pain began can mean the nerves at the bottom "
							+ "of the spine are squeezed (cauda equina syndrome). It needs to be checked today.",
					CAUDA_EQUINA_SIGNS),
			new RedFlagRule(BOTH_LEGS_SYMPTOMS,
					"Pain, numbness or pins and needles going down both legs can mean the nerves at the bottom of "
							+ "the spine are squeezed (cauda equina syndrome), an emergency. It needs to be checked "
							+ "today.",
					CAUDA_EQUINA_SIGNS),
			new RedFlagRule(PROGRESSIVE_LEG_WEAKNESS,
					"Leg weakness that is getting worse can mean a nerve is "
							+ "being pressed hard. It needs to be checked today.",
					CAUDA_EQUINA_SIGNS),
			new RedFlagRule(FEVER,
					"Back pain with a fever or feeling unwell can be a sign of an infection in or "
							+ "near the spine. Massage could make it worse, and it needs to be checked today.",
					NICE),
			new RedFlagRule(DVT_SIGNS,
					"A painful, swollen, warm or red calf or leg can be a blood clot, and sudden breathlessness or "
							+ "chest pain a clot in the lungs. Massage could move a clot. If breathless or chest "
							+ "pain: call 999 now. Otherwise contact 111 or your GP today.",
					NHS_DVT),
			new RedFlagRule(CANCER_HISTORY,
					"After cancer, new back pain should be checked by a clinician before "
							+ "any massage, to rule out a link with the cancer.",
					NICE + "; " + CKS),
			new RedFlagRule(IMMUNE_OR_IV_DRUG,
					"A weakened immune system, long-term steroids or injected drugs raise "
							+ "the risk of infection or fragile bones in the spine. A clinician should check first.",
					NICE + "; " + CKS),
			new RedFlagRule(HEART_CONDITION,
					"With heart disease or blood pressure that is not under control, a "
							+ "clinician should say whether massage is safe first.",
					NCCIH),
			new RedFlagRule(CLOT_HISTORY,
					"Massage could loosen a blood clot. A clinician should say whether massage is safe first.", NCCIH),
			new RedFlagRule(UNEXPLAINED_WEIGHT_LOSS,
					"Losing weight without trying, together with back pain, should "
							+ "be checked by a clinician before any massage.",
					NICE + "; " + CKS),
			new RedFlagRule(RECENT_BACK_SURGERY,
					"The back is still healing after recent surgery. Ask the surgeon "
							+ "or physiotherapist when massage is safe.",
					NCCIH),
			new RedFlagRule(RECENT_OPERATION,
					"After an operation wounds are still healing and blood clots are more likely for some weeks. "
							+ "Ask the surgical team or your GP when massage is safe.",
					NCCIH + "; " + NHS_DVT),
			new RedFlagRule(CONSTANT_NIGHT_PAIN,
					"Pain that rest does not ease, or that wakes you at night, is not "
							+ "typical of a strained muscle. A clinician should check it before any massage.",
					NICE + "; " + CKS),
			new RedFlagRule(SEVERE_WORSENING_PAIN,
					"Severe pain that keeps getting worse needs a clinician to find "
							+ "the cause; massage can hide it.",
					NICE + "; " + ARTICLE_SEVERE),
			new RedFlagRule(MAJOR_TRAUMA,
					"Pain that started after a high-energy injury, such as a fall from a height, a road accident "
							+ "or a heavy blow, could be a broken bone. Pressing on it could cause harm, so it needs "
							+ "to be checked today.",
					NICE + "; " + CKS),
			new RedFlagRule(PREGNANCY_COMPLICATIONS,
					"With bleeding, high blood pressure or advice to rest in this pregnancy, the midwife or doctor "
							+ "should say whether massage is safe first. Contact your midwife today about any "
							+ "bleeding.",
					Sources.NHS_PREGNANCY + "; " + NCCIH));

	private RedFlagRules() {
	}

}
