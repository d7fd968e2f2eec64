package org.easeback.planner;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits the slots into the time asked for, within ten percent: drops the least important
 * slots when even their shortest timings are too long, repeats the repeatable ones in
 * further rounds when even their longest are too short, then shares the time out inside
 * each slot's range in steps of five seconds.
 */
final class TimeBudget {

	static final double TOLERANCE = 0.10;

	private static final int GRAIN = 5;

	private static final int MAX_ROUNDS = 8;

	private final int target;

	TimeBudget(SessionMinutes minutes) {
		this.target = minutes.seconds();
	}

	/** The slots that fit, each with its seconds, in order. */
	List<Timed> fit(List<Slot> working, List<Slot> closing) {
		List<Slot> slots = new ArrayList<>(working);
		slots.addAll(closing);
		slots = trim(slots);
		slots = repeat(slots, working);
		return share(slots);
	}

	private List<Slot> trim(List<Slot> slots) {
		List<Slot> kept = new ArrayList<>(slots);
		int total = sum(kept, true);
		// aim for the target itself; slots of the first priority stay even when that
		// leaves the plan a little over (the ten percent tolerance covers it). The slot
		// dropped is the least important one, the latest of those in the routine.
		while (total > this.target) {
			int least = leastImportant(kept);
			if (least < 0) {
				break;
			}
			total -= kept.remove(least).span().min();
		}
		return kept;
	}

	/**
	 * The index of the least important slot (highest priority number, then latest), or -1
	 * when every slot is of the first priority.
	 */
	private static int leastImportant(List<Slot> slots) {
		int worst = 1;
		for (Slot slot : slots) {
			worst = Math.max(worst, slot.priority());
		}
		if (worst == 1) {
			return -1;
		}
		for (int i = slots.size() - 1; i >= 0; i--) {
			// an equal slot earlier in the list counts at the earlier place
			if (slots.get(i).priority() == worst && slots.indexOf(slots.get(i)) == i) {
				return i;
			}
		}
		return -1;
	}

	private List<Slot> repeat(List<Slot> slots, List<Slot> working) {
		List<Slot> result = new ArrayList<>(slots);
		List<Slot> repeatable = new ArrayList<>();
		for (Slot slot : working) {
			if (slot.repeatable() && result.contains(slot)) {
				repeatable.add(slot);
			}
		}
		int round = 2;
		while (sum(result, false) < this.target && !repeatable.isEmpty() && round <= MAX_ROUNDS) {
			int insertAt = lastWorkingIndex(result) + 1;
			List<Slot> again = new ArrayList<>();
			for (Slot slot : repeatable) {
				again.add(slot.inRound(round));
			}
			result.addAll(insertAt, again);
			round++;
		}
		return result;
	}

	private static int lastWorkingIndex(List<Slot> slots) {
		int last = -1;
		for (int i = 0; i < slots.size(); i++) {
			if (slots.get(i).phase().working()) {
				last = i;
			}
		}
		return last;
	}

	private List<Timed> share(List<Slot> slots) {
		int[] seconds = new int[slots.size()];
		int total = 0;
		for (int i = 0; i < slots.size(); i++) {
			seconds[i] = slots.get(i).span().min();
			total += seconds[i];
		}
		// hand out the rest in grains, round-robin over slots with room left:
		// deterministic
		// and even, and never past a slot's longest timing unless nothing else has room
		boolean roomLeft = true;
		while (total + GRAIN <= this.target && roomLeft) {
			roomLeft = false;
			for (int i = 0; i < slots.size() && total + GRAIN <= this.target; i++) {
				if (seconds[i] + GRAIN <= slots.get(i).span().max()) {
					seconds[i] += GRAIN;
					total += GRAIN;
					roomLeft = true;
				}
			}
		}
		for (int i = 0; total + GRAIN <= this.target && slots.size() > 0; i = (i + 1) % slots.size()) {
			seconds[i] += GRAIN;
			total += GRAIN;
		}
		List<Timed> timed = new ArrayList<>();
		for (int i = 0; i < slots.size(); i++) {
			timed.add(new Timed(slots.get(i), seconds[i]));
		}
		return timed;
	}

	private static int sum(List<Slot> slots, boolean shortest) {
		int sum = 0;
		for (Slot slot : slots) {
			sum += shortest ? slot.span().min() : slot.span().max();
		}
		return sum;
	}

	/** A slot with its seconds. */
	record Timed(Slot slot, int seconds) {
	}

}
