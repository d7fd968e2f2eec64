package org.easeback.safety;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.easeback.shared.FieldProblem;
import org.easeback.shared.InvalidInputException;
import org.easeback.shared.Region;

/**
 * Runs the safety check: every rule of the list looks at the answers, and the worst
 * finding decides. This is the entry point the pages, the API and the planner use; the
 * planner runs the check again on the answers it is given rather than trusting an outcome
 * sent by a client.
 */
public final class SafetyCheck {

	private final Clock clock;

	private final List<SafetyRule> rules;

	/** A check with the standard rules of SAFETY.md. */
	public SafetyCheck(Clock clock) {
		this(clock, SafetyRules.standard());
	}

	public SafetyCheck(Clock clock, List<SafetyRule> rules) {
		this.clock = Objects.requireNonNull(clock, "clock");
		this.rules = List.copyOf(rules);
	}

	/**
	 * Checks answers as a client sent them.
	 * @throws InvalidInputException naming every bad field
	 */
	public SafetyResult check(SafetyInput input) {
		return check(input.toAnswers(today()));
	}

	/**
	 * Checks the answers.
	 * @throws InvalidInputException when the pain started in the future, or a skin
	 * problem was reported without marking where
	 */
	public SafetyResult check(SafetyAnswers answers) {
		LocalDate today = today();
		List<FieldProblem> problems = problems(answers.yes(Question.SKIN_PROBLEM), answers.skinAreas(),
				answers.painOnset(), today);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Optional<PainEpisode> episode = Optional.ofNullable(answers.painOnset())
			.map(onset -> PainEpisode.between(onset, today));
		SafetyRule.CheckContext context = new SafetyRule.CheckContext(answers, episode);
		List<Finding> findings = this.rules.stream().flatMap(rule -> rule.evaluate(context).stream()).toList();
		return SafetyResult.of(ClinicianClearance.apply(answers, findings), episode);
	}

	/** Today by the check's clock. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** The rules this check runs, in order. */
	public List<SafetyRule> rules() {
		return this.rules;
	}

	static List<FieldProblem> problems(boolean skinProblem, Set<Region> skinAreas, LocalDate onset, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		if (onset != null && onset.isAfter(today)) {
			problems.add(new FieldProblem("painOnset", "must not be in the future"));
		}
		if (skinProblem && skinAreas.isEmpty()) {
			problems.add(new FieldProblem("skinAreas", "mark where the skin problem is, so those areas are left out"));
		}
		return problems;
	}

}
