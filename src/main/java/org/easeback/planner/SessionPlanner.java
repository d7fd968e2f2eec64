package org.easeback.planner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.easeback.content.ContentLibrary;
import org.easeback.safety.ChangeLines;
import org.easeback.safety.SafetyCheck;
import org.easeback.safety.SafetyInput;
import org.easeback.safety.SafetyResult;
import org.easeback.shared.FieldProblem;
import org.easeback.shared.InvalidInputException;
import org.easeback.shared.Words;

/**
 * Builds a session from a request and the person's safety answers. It always runs the
 * safety check itself: URGENT or SEE_CLINICIAN gives no plan, CAUTION gives a plan with
 * every change applied and listed. The same request always gives the same plan.
 */
public final class SessionPlanner {

	private final ContentLibrary library;

	private final SafetyCheck safetyCheck;

	private final ChangeLines changeLines;

	/** Sentences the planner keeps worded: its keys with content names and counts. */
	private static final int SENTENCES_KEPT = 5_000;

	private final Words english;

	/**
	 * @param english where the safety changes' and the summary's words are read: a plan
	 * keeps them in English whatever the page's language, as its API gives them
	 */
	public SessionPlanner(ContentLibrary library, SafetyCheck safetyCheck, Words english) {
		this.library = Objects.requireNonNull(library, "library");
		this.safetyCheck = Objects.requireNonNull(safetyCheck, "safetyCheck");
		this.english = Objects.requireNonNull(english, "english").remembered(SENTENCES_KEPT);
		this.changeLines = new ChangeLines(this.english);
	}

	/**
	 * Plans a session.
	 * @throws InvalidInputException naming every bad field; safety fields are prefixed
	 * {@code safety.}
	 */
	public PlanOutcome plan(PlanRequest request, SafetyInput safety) {
		return plan(request, check(safety), yesAnswers(safety));
	}

	/**
	 * Plans a session under a safety check's result: its changes shape the plan, and the
	 * yes answers leave out the items that name them as contraindications.
	 */
	PlanOutcome plan(PlanRequest request, SafetyResult result, Set<String> yesAnswers) {
		if (!result.allowsPlan()) {
			return new PlanOutcome.Refused(result);
		}
		if (request.chosenItems() && request.mode() != Mode.SELF) {
			throw new InvalidInputException("itemIds",
					"a home routine is done on yourself: choose '" + modeInWords(Mode.SELF) + "'");
		}
		PlanContext context = new PlanContext(request, result.changes(), yesAnswers, this.library, this.english);
		Routine routine = request.chosenItems() ? new ChosenItemsRoutine() : routine(request.mode());
		List<Checklist> checklists = routine.checklists(context);
		List<Slot> working = routine.slots(context);
		if (!routine.worthDoing(working)) {
			return new PlanOutcome.NothingToDo(
					context.words(request.chosenItems() ? "plan.nothingToDo.routine" : "plan.nothingToDo"),
					context.notes());
		}
		Optional<OilChooser.Choice> oil = request.mode() == Mode.PARTNER ? new OilChooser(context).choose()
				: Optional.empty();
		boolean shorterWork = result.changes().shorterWork();
		List<TimeBudget.Timed> timed = new TimeBudget(request.minutes(), shorterWork).fit(working,
				routine.aftercare(context));
		StepWriter writer = new StepWriter(context);
		List<PlanStep> steps = new ArrayList<>(writer.write(timed));
		steps.add(writer.untimed(steps.size(), context.item("aftercare-water"), Phase.AFTERCARE));
		int minutes = minutes(request, steps, shorterWork, context);
		Plan plan = new Plan(request.mode(), minutes, result.outcome(), result.changes().maxPressure(),
				result.changes().position(), oil.map(OilChooser.Choice::text).orElse(null),
				oil.map(OilChooser.Choice::itemId).orElse(null), summary(request, minutes, steps, context),
				notes(result, context), checklists, steps);
		return new PlanOutcome.Planned(plan);
	}

	/**
	 * The length of the session: the one asked for, unless the safety check asked for
	 * shorter work and its short steps end the session sooner, which the notes then say.
	 */
	private static int minutes(PlanRequest request, List<PlanStep> steps, boolean shorterWork, PlanContext context) {
		int asked = request.minutes().value();
		if (!shorterWork) {
			return asked;
		}
		context.note("plan.note.shorterWork", TimeBudget.SHORT_WORK_SECONDS / 60);
		int seconds = steps.stream().mapToInt(PlanStep::seconds).sum();
		if (seconds >= request.minutes().seconds() * (1 - TimeBudget.TOLERANCE)) {
			return asked;
		}
		int planned = Math.max(1, Math.round(seconds / 60f));
		context.note("plan.note.shorterSession", planned, asked);
		return planned;
	}

	/**
	 * Runs the safety check as {@link #plan} does, for a page that must know the outcome
	 * and the pressure cap before it offers a plan.
	 * @throws InvalidInputException naming every bad field, prefixed {@code safety.}
	 */
	public SafetyResult check(SafetyInput safety) {
		try {
			return this.safetyCheck.check(safety);
		}
		catch (InvalidInputException ex) {
			throw new InvalidInputException(
					ex.problems().stream().map(p -> new FieldProblem("safety." + p.field(), p.message())).toList());
		}
	}

	private static Set<String> yesAnswers(SafetyInput safety) {
		Map<String, Boolean> answers = safety.answers() == null ? Map.of() : safety.answers();
		return answers.entrySet()
			.stream()
			.filter(e -> Boolean.TRUE.equals(e.getValue()))
			.map(Map.Entry::getKey)
			.collect(Collectors.toUnmodifiableSet());
	}

	private static Routine routine(Mode mode) {
		return switch (mode) {
			case PARTNER -> new PartnerRoutine();
			case SELF -> new SelfRoutine();
			case THERAPIST_VISIT -> new TherapistVisitRoutine();
		};
	}

	/**
	 * What the plan changed for safety and why items are missing, in words that name the
	 * change and never the answer behind it (the plan outlives the check and anyone with
	 * its link can read it; the result page gave the reasons).
	 */
	private List<String> notes(SafetyResult result, PlanContext context) {
		List<String> notes = new ArrayList<>(this.changeLines.of(result.changes()));
		notes.addAll(context.notes());
		if (context.cap() != context.request().pressure()) {
			notes.add(context.words("plan.note.pressureCapped", context.cap().name().toLowerCase(Locale.ENGLISH)));
		}
		return notes.stream().distinct().toList();
	}

	private String modeInWords(Mode mode) {
		return this.english.get("plan.mode." + mode.name());
	}

	/**
	 * Counts every step, untimed ones too, so the summary agrees with the list and the
	 * player's "Step n of N".
	 */
	private String summary(PlanRequest request, int minutes, List<PlanStep> steps, PlanContext context) {
		String what = request.chosenItems() ? context.words("plan.summary.routine")
				: modeInWords(request.mode()).toLowerCase(Locale.ENGLISH);
		return context.words("plan.summary", minutes, what, steps.size());
	}

}
