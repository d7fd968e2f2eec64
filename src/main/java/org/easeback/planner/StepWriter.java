package org.easeback.planner;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.easeback.content.ContentItem;
import org.easeback.content.Kind;
import org.easeback.content.StepLine;
import org.easeback.safety.Position;
import org.easeback.shared.Pressure;
import org.easeback.shared.Region;
import org.easeback.shared.TechniqueTag;

/**
 * Writes the steps the player shows from timed slots: pressure within the cap, a check-in
 * at the start of every working phase, the cautions, the sources and why the step is
 * there. Each step's words are chosen for it: the side worked and where the giver stands,
 * how the receiver lies, the pressure planned and who reads them.
 */
final class StepWriter {

	/** The item of the step that helps a side-lying receiver turn over. */
	static final String TURN_OVER = "help-turn-over";

	/** Written to the person who does them: a partner plan passes them on. */
	private static final Set<Kind> DONE_BY_THE_RECEIVER = EnumSet.of(Kind.STRETCH, Kind.SELF_MASSAGE, Kind.AFTERCARE);

	private final PlanContext context;

	private final boolean sideLying;

	StepWriter(PlanContext context) {
		this.context = context;
		this.sideLying = context.request().mode() == Mode.PARTNER
				&& context.changes().position() == Position.SIDE_LYING;
	}

	List<PlanStep> write(List<TimeBudget.Timed> timed) {
		List<PlanStep> steps = new ArrayList<>();
		Phase previous = null;
		String checkIn = checkIn();
		for (int i = 0; i < timed.size(); i++) {
			TimeBudget.Timed entry = timed.get(i);
			Slot slot = entry.slot();
			PlanStep step = step(steps.size(), slot, entry.seconds());
			boolean opensPhase = slot.phase() != previous || !slot.suffix().isEmpty() && isFirstOfRound(timed, i);
			if (slot.phase().working() && opensPhase) {
				step = step.withCheckIn(checkIn);
			}
			steps.add(step);
			previous = slot.phase();
		}
		return this.sideLying ? withTurns(steps, timed) : steps;
	}

	private String checkIn() {
		return this.context
			.words(this.context.request().mode() == Mode.SELF ? "plan.step.checkIn.SELF" : "plan.step.checkIn.PARTNER");
	}

	/** A step without a timer, such as a glass of water at the end. */
	PlanStep untimed(int index, ContentItem item, Phase phase) {
		return step(index, new Slot(item, phase, Side.BOTH, List.of(), 1, false, Slot.Suffix.NONE), 0);
	}

	/**
	 * True when the entry at {@code index} (or an equal entry earlier in the list) starts
	 * a round.
	 */
	private static boolean isFirstOfRound(List<TimeBudget.Timed> timed, int index) {
		int i = timed.indexOf(timed.get(index));
		return i == 0 || !timed.get(i - 1).slot().suffix().equals(timed.get(index).slot().suffix());
	}

	private PlanStep step(int index, Slot slot, int seconds) {
		ContentItem item = slot.item();
		Pressure max = item.pressure() == null ? null : item.pressure().cappedAt(this.context.changes().maxPressure());
		Pressure pressure = max == null ? null : max.cappedAt(this.context.request().pressure());
		Side side = uppermost(slot);
		List<String> instructions = new ArrayList<>();
		if (slot.side() != Side.BOTH) {
			instructions.add(this.context
				.words((this.sideLying ? "plan.step.sideLying." : "plan.step.oneSide.") + slot.side().name()));
		}
		boolean oneSide = side != Side.BOTH || slot.phase() == Phase.SORE_SPOTS;
		for (StepLine line : item.stepLines()) {
			line.wording(pressure, oneSide, this.sideLying && item.kind() == Kind.TECHNIQUE)
				.map(text -> addressed(item, line, text))
				.ifPresent(instructions::add);
		}
		if (instructions.isEmpty()) {
			instructions.addAll(item.details());
		}
		List<String> cautions = new ArrayList<>();
		if (item.tagged(TechniqueTag.FACE_DOWN) && this.sideLying) {
			cautions.add(this.context.words("plan.step.sideLying.caution"));
		}
		cautions.addAll(item.cautions());
		Integer hold = item.timing() != null && item.timing().holds() ? item.timing().holdSeconds().max() : null;
		Integer reps = item.timing() != null && item.timing().counted() ? item.timing().repetitions().min() : null;
		return new PlanStep(index, slot.phase(), title(item, slot), instructions, seconds, pressure, max,
				slot.regions(), item.id(), false, null, cautions, this.context.files(item),
				Reasons.why(this.context, slot), hold, reps, item.hands());
	}

	private String title(ContentItem item, Slot slot) {
		String name = slot.side() == Side.BOTH ? item.name()
				: this.context.words("plan.step.title." + slot.side().name(), item.name());
		Slot.Suffix suffix = slot.suffix();
		if (suffix.soreSpot() != null) {
			String spot = this.context.library().region(suffix.soreSpot()).name().toLowerCase(Locale.ROOT);
			return suffix.round() > 1 ? this.context.words("plan.step.title.soreSpot.round", name, spot, suffix.round())
					: this.context.words("plan.step.title.soreSpot", name, spot);
		}
		return suffix.round() > 1 ? this.context.words("plan.step.title.round", name, suffix.round()) : name;
	}

	/**
	 * The line as its reader needs it: in a partner plan the giver reads what the
	 * receiver does, so a line written to "you" is asked of the receiver.
	 */
	private String addressed(ContentItem item, StepLine line, String text) {
		if (this.context.request().mode() != Mode.PARTNER || !DONE_BY_THE_RECEIVER.contains(item.kind())) {
			return text;
		}
		return line.partner() != null ? line.partner() : this.context.words("plan.step.tellThem", text);
	}

	/**
	 * The side a side-lying receiver must have uppermost for the step, or BOTH when
	 * either will do.
	 */
	private static Side uppermost(Slot slot) {
		if (slot.side() != Side.BOTH) {
			return slot.side();
		}
		if (slot.phase() == Phase.SORE_SPOTS && slot.regions().size() == 1) {
			String region = slot.regions().get(0).name();
			return region.endsWith("_LEFT") ? Side.LEFT : region.endsWith("_RIGHT") ? Side.RIGHT : Side.BOTH;
		}
		return Side.BOTH;
	}

	/**
	 * The steps with a turn-over step wherever the next step needs the other side
	 * uppermost. The turn takes its seconds from the step before it, so the session keeps
	 * its length, unless that step is already at its shortest.
	 */
	private List<PlanStep> withTurns(List<PlanStep> steps, List<TimeBudget.Timed> timed) {
		ContentItem turn = this.context.item(TURN_OVER);
		int turnSeconds = turn.timing().seconds().min();
		List<PlanStep> out = new ArrayList<>();
		Side up = Side.BOTH;
		for (int i = 0; i < steps.size(); i++) {
			Side needed = uppermost(timed.get(i).slot());
			if (needed != Side.BOTH && up != Side.BOTH && needed != up && !out.isEmpty()) {
				out.add(turnStep(turn, needed, turnSeconds));
			}
			if (needed != Side.BOTH) {
				up = needed;
			}
			PlanStep next = steps.get(i);
			boolean afterTurn = !out.isEmpty() && out.get(out.size() - 1).phase() == Phase.TURN_OVER;
			out.add(afterTurn && next.phase().working() && !next.checkIn() ? next.withCheckIn(checkIn()) : next);
		}
		out = withoutTurnSeconds(out, turnSeconds * (out.size() - steps.size()));
		List<PlanStep> indexed = new ArrayList<>(out.size());
		for (int i = 0; i < out.size(); i++) {
			indexed.add(out.get(i).at(i));
		}
		return indexed;
	}

	/**
	 * The steps less the turns' seconds: first from massage steps longer than their
	 * shortest timing (never with shorter work, where each is at its shortest on
	 * purpose), then from the rest and stretches, never below half their shortest timing:
	 * a slightly shorter rest keeps the session within the time asked for.
	 */
	private List<PlanStep> withoutTurnSeconds(List<PlanStep> steps, int seconds) {
		List<PlanStep> out = new ArrayList<>(steps);
		int left = seconds;
		for (boolean working : new boolean[] { true, false }) {
			if (working && this.context.changes().shorterWork()) {
				continue;
			}
			while (left > 0) {
				int best = -1;
				int room = 0;
				for (int i = 0; i < out.size(); i++) {
					PlanStep step = out.get(i);
					if (step.phase().working() != working || step.seconds() == 0 || step.phase() == Phase.TURN_OVER) {
						continue;
					}
					int shortest = this.context.item(step.itemId()).timing().seconds().min();
					int spare = step.seconds() - (working ? shortest : shortest / 2);
					if (spare > room) {
						best = i;
						room = spare;
					}
				}
				if (best < 0) {
					break;
				}
				int taken = Math.min(room, left);
				out.set(best, out.get(best).lasting(out.get(best).seconds() - taken));
				left -= taken;
			}
		}
		return out;
	}

	/**
	 * A step of its own phase, which presses on nothing; the step after it opens with a
	 * check-in, since they lie differently now.
	 */
	private PlanStep turnStep(ContentItem turn, Side nowUp, int seconds) {
		List<String> instructions = new ArrayList<>();
		instructions.add(this.context.words("plan.step.turn." + nowUp.name()));
		for (StepLine line : turn.stepLines()) {
			line.wording(Pressure.LIGHT, true, true).ifPresent(instructions::add);
		}
		return new PlanStep(0, Phase.TURN_OVER, turn.name(), instructions, seconds, null, null, List.<Region>of(),
				turn.id(), false, null, turn.cautions(), this.context.files(turn),
				Reasons.why(this.context, Phase.TURN_OVER), null, null, turn.hands());
	}

}
