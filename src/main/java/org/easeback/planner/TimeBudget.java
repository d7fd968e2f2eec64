package org.easeback.planner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.easeback.content.Span;

/**
 * Fits the slots into the time asked for, within ten percent: drops the least important
 * slots when even their shortest timings are too long, repeats the repeatable ones in
 * further rounds when even their longest are too short, then shares the time out inside
 * each slot's range in steps of five seconds.
 * <p>
 * Shorter work (a fresh strain) changes three things: every working slot takes its
 * shortest timing and is done once, the least important working slots are dropped until
 * the work fits {@link #SHORT_WORK_SECONDS}, and the session ends when its slots reach
 * their longest timings, even before the time asked for: a physiotherapist gives a fresh
 * strain less and gentler work, not the same work spread thin.
 */
final class TimeBudget {

	static final double TOLERANCE = 0.10;

	/** The most massage a plan with shorter work holds, in all. */
	static final int SHORT_WORK_SECONDS = 600;

	private static final int GRAIN = 5;

	private static final int MAX_ROUNDS = 8;

	private final int target;

	private final boolean shorterWork;

	TimeBudget(SessionMinutes minutes, boolean shorterWork) {
		this.target = minutes.seconds();
		this.shorterWork = shorterWork;
	}

	/** The slots that fit, each with its seconds, in order. */
	List<Timed> fit(List<Slot> working, List<Slot> closing) {
		List<Slot> slots = new ArrayList<>(working);
		slots.addAll(closing);
		slots = trim(slots);
		if (!this.shorterWork) {
			slots = repeat(slots, working);
		}
		return share(slots);
	}

	/** The seconds a slot may take in this plan. */
	private Span span(Slot slot) {
		Span span = slot.span();
		return this.shorterWork && slot.phase().working() ? Span.of(span.min()) : span;
	}

	private List<Slot> trim(List<Slot> slots) {
		List<Slot> kept = new ArrayList<>(slots);
		// aim for the target itself; slots of the first priority stay even when that
		// leaves the plan a little over (the ten percent tolerance covers it). The slot
		// dropped is the least important one, the latest of those in the routine.
		dropUntil(kept, s -> true, this.target);
		if (this.shorterWork) {
			dropUntil(kept, s -> s.phase().working(), SHORT_WORK_SECONDS);
		}
		return kept;
	}

	/**
	 * Drops the least important of the slots that match until their shortest timings fit
	 * the limit, or only slots of the first priority are left.
	 */
	private void dropUntil(List<Slot> kept, Predicate<Slot> among, int limit) {
		int total = sum(kept.stream().filter(among).toList(), true);
		while (total > limit) {
			int least = leastImportant(kept, among);
			if (least < 0) {
				break;
			}
			total -= span(kept.remove(least)).min();
		}
	}

	/**
	 * The index of the least important slot that matches (highest priority number, then
	 * latest), or -1 when every one is of the first priority.
	 */
	private static int leastImportant(List<Slot> slots, Predicate<Slot> among) {
		int worst = 1;
		for (Slot slot : slots) {
			if (among.test(slot)) {
				worst = Math.max(worst, slot.priority());
			}
		}
		if (worst == 1) {
			return -1;
		}
		for (int i = slots.size() - 1; i >= 0; i--) {
			// an equal slot earlier in the list counts at the earlier place
			Slot slot = slots.get(i);
			if (among.test(slot) && slot.priority() == worst && slots.indexOf(slot) == i) {
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
			// after the last working or repeatable slot of the routine and earlier
			// rounds:
			// before finishing strokes, but never before an exercise of the round before
			int insertAt = lastRepeatedIndex(result, working) + 1;
			List<Slot> again = new ArrayList<>();
			for (Slot slot : repeatable) {
				again.add(slot.inRound(round));
			}
			result.addAll(insertAt, again);
			round++;
		}
		return result;
	}

	private static int lastRepeatedIndex(List<Slot> slots, List<Slot> working) {
		Set<Slot> routine = Collections.newSetFromMap(new IdentityHashMap<>());
		routine.addAll(working);
		int last = -1;
		for (int i = 0; i < slots.size(); i++) {
			Slot slot = slots.get(i);
			boolean repeats = slot.phase().working() || slot.repeatable();
			if (routine.contains(slot) && repeats || !slot.suffix().isEmpty()) {
				last = i;
			}
		}
		return last;
	}

	private List<Timed> share(List<Slot> slots) {
		int[] seconds = new int[slots.size()];
		int total = 0;
		for (int i = 0; i < slots.size(); i++) {
			seconds[i] = span(slots.get(i)).min();
			total += seconds[i];
		}
		// hand out the rest in grains, round-robin over slots with room left:
		// deterministic
		// and even, and never past a slot's longest timing unless nothing else has room
		boolean roomLeft = true;
		while (total + GRAIN <= this.target && roomLeft) {
			roomLeft = false;
			for (int i = 0; i < slots.size() && total + GRAIN <= this.target; i++) {
				if (seconds[i] + GRAIN <= span(slots.get(i)).max()) {
					seconds[i] += GRAIN;
					total += GRAIN;
					roomLeft = true;
				}
			}
		}
		// past their longest only to fill the asked time; shorter work ends sooner
		// instead
		for (int i = 0; !this.shorterWork && total + GRAIN <= this.target
				&& slots.size() > 0; i = (i + 1) % slots.size()) {
			seconds[i] += GRAIN;
			total += GRAIN;
		}
		List<Timed> timed = new ArrayList<>();
		for (int i = 0; i < slots.size(); i++) {
			timed.add(new Timed(slots.get(i), seconds[i]));
		}
		return timed;
	}

	private int sum(List<Slot> slots, boolean shortest) {
		int sum = 0;
		for (Slot slot : slots) {
			sum += shortest ? span(slot).min() : span(slot).max();
		}
		return sum;
	}

	/** A slot with its seconds. */
	record Timed(Slot slot, int seconds) {
	}

}
