package org.easeback.safety;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The decision of the safety check.
 *
 * @param outcome the worst outcome of all findings, {@link Outcome#CLEAR} when there are
 * none
 * @param findings every finding, worst first
 * @param changes all plan changes of all findings together; the planner obeys them
 * @param episode the current pain episode, when an onset date was given
 */
public record SafetyResult(Outcome outcome, List<Finding> findings, PlanChanges changes,
		Optional<PainEpisode> episode) {

	public SafetyResult {
		Objects.requireNonNull(outcome, "outcome");
		Objects.requireNonNull(changes, "changes");
		Objects.requireNonNull(episode, "episode");
		findings = List.copyOf(findings);
		Outcome worst = findings.stream().map(Finding::outcome).reduce(Outcome.CLEAR, Outcome::worst);
		if (worst != outcome) {
			throw new IllegalArgumentException("the outcome must be the worst finding's: " + worst);
		}
	}

	/** The result for these findings: the worst decides, the changes add up. */
	public static SafetyResult of(List<Finding> findings, Optional<PainEpisode> episode) {
		List<Finding> worstFirst = findings.stream()
			.sorted(Comparator.comparing(Finding::outcome)) // enum order is worst first
			.toList();
		Outcome outcome = findings.stream().map(Finding::outcome).reduce(Outcome.CLEAR, Outcome::worst);
		PlanChanges changes = findings.stream().map(Finding::changes).reduce(PlanChanges.NONE, PlanChanges::and);
		return new SafetyResult(outcome, worstFirst, changes, episode);
	}

	/** True when a plan may be built (with {@link #changes()} applied). */
	public boolean allowsPlan() {
		return this.outcome.allowsPlan();
	}

}
