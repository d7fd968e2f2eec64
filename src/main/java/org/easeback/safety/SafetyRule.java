package org.easeback.safety;

import java.util.Optional;

/**
 * One named rule of the safety check. A rule looks at the answers (and the pain episode
 * worked out from them) and returns a finding, or nothing when it does not apply.
 */
public interface SafetyRule {

	/** The stable id reported in the finding, for example {@code pregnant}. */
	String id();

	/** The finding of this rule for these answers, or empty when it does not apply. */
	Optional<Finding> evaluate(CheckContext context);

	/**
	 * What a rule looks at.
	 *
	 * @param answers the person's answers
	 * @param episode the current pain episode, when an onset date was given
	 */
	record CheckContext(SafetyAnswers answers, Optional<PainEpisode> episode) {

		/** True when the question was answered "yes". */
		public boolean yes(Question question) {
			return this.answers.yes(question);
		}

	}

}
