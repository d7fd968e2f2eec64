package org.easeback.therapist;

import java.util.List;

import org.easeback.shared.TherapistRoutine;

import org.springframework.stereotype.Component;

/**
 * Hands the assigned home routine to the client's pages outside the hand-off (the home
 * page and the plan form's "From your therapist").
 */
@Component
class RoutineItems implements TherapistRoutine {

	private final HomeRoutines routines;

	RoutineItems(HomeRoutines routines) {
		this.routines = routines;
	}

	@Override
	public List<Item> forClient(String client) {
		return this.routines.forClient(client)
			.stream()
			.map(r -> new Item(r.itemId(), r.itemName(), r.howOften(), r.therapist()))
			.toList();
	}

}
