package org.easeback.planner;

import java.util.List;
import java.util.Objects;

import org.easeback.safety.SafetyResult;

/** What the planner answers: a plan, or the reason there is none. */
public sealed interface PlanOutcome {

	/** A plan that obeys every rule. */
	record Planned(Plan plan) implements PlanOutcome {

		public Planned {
			Objects.requireNonNull(plan, "plan");
		}

	}

	/** The safety check called for urgent care or a clinician: no plan at all. */
	record Refused(SafetyResult safety) implements PlanOutcome {

		public Refused {
			if (safety.allowsPlan()) {
				throw new IllegalArgumentException("a plan is refused only when the safety check says so");
			}
		}

	}

	/** The areas to avoid, the equipment or the safety changes leave nothing to do. */
	record NothingToDo(String reason, List<String> notes) implements PlanOutcome {

		public NothingToDo {
			Objects.requireNonNull(reason, "reason");
			notes = List.copyOf(notes);
		}

	}

}
