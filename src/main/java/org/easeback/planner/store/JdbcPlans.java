package org.easeback.planner.store;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.easeback.planner.Plan;
import org.easeback.planner.Plans;
import org.easeback.planner.StoredPlan;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Keeps plans in the database as JSON documents. */
@Repository
class JdbcPlans implements Plans {

	private final PlanRows rows;

	private final JsonMapper json;

	private final Clock clock;

	JdbcPlans(PlanRows rows, JsonMapper json, Clock clock) {
		this.rows = rows;
		this.json = json;
		this.clock = clock;
	}

	@Override
	@Transactional
	public StoredPlan save(Plan plan) {
		// both databases keep microseconds; truncating first makes the saved value the
		// stored one
		PlanRow row = this.rows
			.save(new PlanRow(UUID.randomUUID(), this.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS),
					plan.mode().name(), plan.minutes(), this.json.writeValueAsString(plan), null));
		return new StoredPlan(row.id(), row.createdAt(), plan);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<StoredPlan> find(UUID id) {
		return this.rows.findById(id)
			.map(row -> new StoredPlan(row.id(), row.createdAt(), this.json.readValue(row.planJson(), Plan.class)));
	}

}
