package org.easeback.planner.web;

import java.time.Clock;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.easeback.planner.PlanOutcome;
import org.easeback.planner.PlanRetention;
import org.easeback.planner.Plans;
import org.easeback.planner.SessionPlanner;
import org.easeback.planner.StoredPlan;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Builds and returns plans. No account is needed. */
@RestController
@RequestMapping("/api/v1/plans")
class PlanApiController {

	private final SessionPlanner planner;

	private final Plans plans;

	private final PlanRetention retention;

	private final Clock clock;

	PlanApiController(SessionPlanner planner, Plans plans, PlanRetention retention, Clock clock) {
		this.planner = planner;
		this.plans = plans;
		this.retention = retention;
		this.clock = clock;
	}

	@PostMapping
	@Operation(summary = "Build and save a session plan",
			description = "Runs the safety check on the given answers; 422 when it calls for urgent care or a "
					+ "clinician, or when nothing is left to do.")
	ResponseEntity<Object> create(@Valid @RequestBody PlanApiRequest request) {
		PlanOutcome outcome = this.planner.plan(request.toRequest(), request.safety());
		if (outcome instanceof PlanOutcome.Planned planned) {
			StoredPlan stored = this.plans.save(planned.plan());
			return ResponseEntity.created(java.net.URI.create("/api/v1/plans/" + stored.id()))
				.body(PlanResponse.of(stored, stored.createdAt().plus(this.retention.unused())));
		}
		if (outcome instanceof PlanOutcome.Refused refused) {
			return PlanProblems.refused(refused);
		}
		return PlanProblems.nothingToDo((PlanOutcome.NothingToDo) outcome);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A saved plan",
			description = "Reading a plan is a use: it is kept until expiresAt, then deleted unless used again.")
	PlanResponse get(@PathVariable UUID id) {
		return this.plans.open(id)
			.map((stored) -> PlanResponse.of(stored, this.clock.instant().plus(this.retention.unused())))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"There is no plan with this id: it has expired or never existed."));
	}

}
