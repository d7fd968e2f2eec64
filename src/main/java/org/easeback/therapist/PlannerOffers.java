package org.easeback.therapist;

import java.util.List;

import org.easeback.planner.TherapistOffers;

import org.springframework.stereotype.Component;

/** Hands the assigned home routines to the plan form as "From your therapist". */
@Component
class PlannerOffers implements TherapistOffers {

	private final HomeRoutines routines;

	PlannerOffers(HomeRoutines routines) {
		this.routines = routines;
	}

	@Override
	public List<Offer> forClient(String username) {
		return this.routines.forClient(username)
			.stream()
			.map(r -> new Offer(r.itemId(), r.itemName(), r.howOften(), r.therapist()))
			.toList();
	}

}
