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

	private final Words english;

	/**
	 * @param english where the safety changes' and the summary's words are read: a plan
	 * keeps them in English whatever the page's language, as its API gives them
	 */
	public SessionPlanner(ContentLibrary library, SafetyCheck safetyCheck, Words english) {
		this.library = Objects.requireNonNull(library, "library");
		this.safetyCheck = Objects.requireNonNull(safetyCheck, "safetyCheck");
		this.english = Objects.requireNonNull(english, "english");
		this.changeLines = new ChangeLines(english);
	}

	/**
	 * Plans a session.
	 * @throws InvalidInputException naming every bad field; safety fields are prefixed
	 * {@code safety.}
	 */
	public PlanOutcome plan(PlanRequest request, SafetyInput safety) {
		SafetyResult result = check(safety);
		if (!result.allowsPlan()) {
			return new PlanOutcome.Refused(result);
		}
		if (request.chosenItems() && request.mode() != Mode.SELF) {
			throw new InvalidInputException("itemIds",
					"a home routine is done on yourself: choose '" + modeInWords(Mode.SELF) + "'");
		}
		PlanContext context = new PlanContext(request, result.changes(), yesAnswers(safety), this.library);
		Routine routine = request.chosenItems() ? new ChosenItemsRoutine() : routine(request.mode());
		List<Checklist> checklists = routine.checklists(context);
		List<Slot> working = routine.slots(context);
		if (!routine.worthDoing(working)) {
			return new PlanOutcome.NothingToDo(request.chosenItems()
					? "With your safety answers, the areas to avoid and the equipment at hand, none of the items "
							+ "of your therapist's routine is left to do. The notes say why."
					: "With the areas to avoid, the equipment at hand and the safety "
							+ "changes, no massage step is left to do. Try fewer areas to avoid or more equipment.",
					context.notes());
		}
		Optional<OilChooser.Choice> oil = request.mode() == Mode.PARTNER ? new OilChooser(context).choose()
				: Optional.empty();
		List<TimeBudget.Timed> timed = new TimeBudget(request.minutes()).fit(working, routine.aftercare(context));
		StepWriter writer = new StepWriter(context);
		List<PlanStep> steps = new ArrayList<>(writer.write(timed));
		steps.add(writer.untimed(steps.size(), context.item("aftercare-water"), Phase.AFTERCARE));
		Plan plan = new Plan(request.mode(), request.minutes().value(), result.outcome(),
				result.changes().maxPressure(), result.changes().position(),
				oil.map(OilChooser.Choice::text).orElse(null), oil.map(OilChooser.Choice::itemId).orElse(null),
				summary(request, steps), notes(result, context), checklists, steps);
		return new PlanOutcome.Planned(plan);
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
			notes.add("Pressure stays " + context.cap().name().toLowerCase() + " or lighter throughout, because of "
					+ "the safety check.");
		}
		return notes.stream().distinct().toList();
	}

	private String modeInWords(Mode mode) {
		return this.english.get("plan.mode." + mode.name());
	}

	private String summary(PlanRequest request, List<PlanStep> steps) {
		long timed = steps.stream().filter(s -> s.seconds() > 0).count();
		String what = request.chosenItems() ? "your therapist's home routine"
				: modeInWords(request.mode()).toLowerCase(Locale.ENGLISH);
		return "A " + request.minutes().value() + "-minute session (" + what + "): " + timed
				+ " timed steps, one at a time, with a check on the pressure at the start of each part.";
	}

}
