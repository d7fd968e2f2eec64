package org.easeback.planner.web;

import java.net.URI;

import org.easeback.planner.PlanOutcome;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The {@code 422} answers when no plan can be built. */
final class PlanProblems {

	private PlanProblems() {
	}

	static ResponseEntity<Object> refused(PlanOutcome.Refused refused) {
		var safety = refused.safety();
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		problem.setType(URI.create("/problems/plan-refused"));
		problem.setTitle(switch (safety.outcome()) {
			case URGENT -> "No plan: get urgent medical care today";
			default -> "No plan: see a clinician before any massage";
		});
		problem.setDetail(safety.findings().isEmpty() ? null : safety.findings().get(0).reason());
		problem.setProperty("outcome", safety.outcome());
		problem.setProperty("findings",
				safety.findings()
					.stream()
					.map(f -> new FindingView(f.ruleId(), f.outcome().name(), f.reason(), f.source()))
					.toList());
		return response(problem);
	}

	static ResponseEntity<Object> nothingToDo(PlanOutcome.NothingToDo nothing) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, nothing.reason());
		problem.setType(URI.create("/problems/nothing-to-do"));
		problem.setTitle("Nothing left to plan");
		problem.setProperty("notes", nothing.notes());
		return response(problem);
	}

	private static ResponseEntity<Object> response(ProblemDetail problem) {
		return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	record FindingView(String ruleId, String outcome, String reason, String source) {
	}

}
