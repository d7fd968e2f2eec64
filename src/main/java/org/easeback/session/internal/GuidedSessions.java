package org.easeback.session.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.easeback.planner.Plan;
import org.easeback.planner.PlanStep;
import org.easeback.planner.Plans;
import org.easeback.planner.StoredPlan;
import org.easeback.session.SessionFinished;
import org.easeback.shared.FieldProblem;
import org.easeback.shared.InvalidInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Records what happens while a plan is followed and answers the player: adjusted pressure
 * after feedback, advice after a stop. A run that ended accepts nothing but a new start.
 */
@Service
public class GuidedSessions {

	/**
	 * The most events a run records before its end: a start, then steps and feedback. A
	 * finished run goes to the diary whole (hazard H45), so what it carries is bounded
	 * here rather than by a column. Its end (Stop, Complete) is always recorded, even
	 * past this: Stop must never be refused.
	 */
	public static final int MAX_EVENTS_PER_RUN = 500;

	private final Plans plans;

	private final SessionEventLog log;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final MessageSource messages;

	GuidedSessions(Plans plans, SessionEventLog log, ApplicationEventPublisher events, Clock clock,
			MessageSource messages) {
		this.plans = plans;
		this.log = log;
		this.events = events;
		this.clock = clock;
		this.messages = messages;
	}

	@Transactional
	public EventResult record(UUID planId, EventCommand command, String username) {
		// an event is a use: it keeps the plan from expiring
		StoredPlan stored = this.plans.open(planId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"There is no plan with this id: it has expired or never existed."));
		Plan plan = stored.plan();
		EventRules.check(command, plan);
		SessionRun run = SessionRun.current(this.log.forPlan(planId));
		if (command.type() != EventType.STARTED && run.ended()) {
			throw new ResponseStatusException(HttpStatus.CONFLICT,
					"This run of the session has ended; start it again to continue.");
		}
		if (command.type() != EventType.STARTED && !command.type().ends()
				&& run.events().size() >= MAX_EVENTS_PER_RUN) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "This run of the session has recorded "
					+ MAX_EVENTS_PER_RUN + " events, the most one run keeps; stop or complete it, or start it again.");
		}
		SessionEvent event = new SessionEvent(UUID.randomUUID(), planId,
				this.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS), command.type(),
				command.stepIndex(), command.feedback(), pain(command), command.sharp(), username);
		this.log.append(event);
		List<SessionEvent> all = new ArrayList<>(run.events());
		all.add(event);
		SessionRun updated = command.type() == EventType.STARTED ? new SessionRun(List.of(event)) : new SessionRun(all);
		return switch (command.type()) {
			case FEEDBACK -> feedback(plan, updated, command, this::words);
			case STOPPED -> stopped(stored, updated, command, username);
			case COMPLETED -> completed(stored, updated, command, username);
			default -> new EventResult(command.type(), null, null, null, null);
		};
	}

	private static Integer pain(EventCommand command) {
		return switch (command.type()) {
			case STARTED -> command.painBefore();
			case STOPPED -> command.pain();
			case COMPLETED -> command.painAfter();
			default -> null;
		};
	}

	/** The words of a message code in the request's language. */
	private String words(String code) {
		return this.messages.getMessage(code, null, LocaleContextHolder.getLocale());
	}

	private static EventResult feedback(Plan plan, SessionRun run, EventCommand command,
			java.util.function.UnaryOperator<String> words) {
		List<PressureAdjuster.StepPressure> steps = PressureAdjuster.adjust(plan, run.feedback(), command.stepIndex());
		boolean atCap = steps.stream().anyMatch(PressureAdjuster.StepPressure::atCap);
		String code = switch (command.feedback()) {
			case LIGHTER -> "player.feedback.lighter";
			case GOOD -> "player.feedback.good";
			case FIRMER -> atCap ? "player.feedback.firmerAtCap" : "player.feedback.firmer";
		};
		return new EventResult(EventType.FEEDBACK, steps, words.apply(code), null, null);
	}

	private EventResult stopped(StoredPlan stored, SessionRun run, EventCommand command, String username) {
		StopAdvice advice = StopAdvice.of(command.pain(), Boolean.TRUE.equals(command.sharp()), stored.plan().mode());
		publish(stored, run, username, true, command.pain(), command.sharp(), null);
		return new EventResult(EventType.STOPPED, null, words("player.stopped.heading"),
				advice.advice().stream().map(this::words).toList(), advice.seeClinician());
	}

	private EventResult completed(StoredPlan stored, SessionRun run, EventCommand command, String username) {
		publish(stored, run, username, false, null, null, command.painAfter());
		return new EventResult(EventType.COMPLETED, null, words("player.done.heading"), null, null);
	}

	private void publish(StoredPlan stored, SessionRun run, String username, boolean stopped, Integer stopPain,
			Boolean sharp, Integer painAfter) {
		Plan plan = stored.plan();
		List<String> techniques = plan.steps()
			.stream()
			.filter(s -> s.seconds() > 0 && s.pressure() != null)
			.map(PlanStep::itemId)
			.distinct()
			.toList();
		this.events.publishEvent(new SessionFinished(stored.id(), username, plan.mode().name(), plan.minutes(),
				techniques, run.painBefore(), painAfter, stopped, stopPain, sharp,
				run.feedback().stream().map(Enum::name).toList(), this.clock.instant()));
	}

	/** The checks of an event against its type and its plan. */
	static final class EventRules {

		private EventRules() {
		}

		static void check(EventCommand command, Plan plan) {
			List<FieldProblem> problems = new ArrayList<>();
			if (command.type() == null) {
				throw new InvalidInputException("type",
						"is required: STARTED, STEP_DONE, FEEDBACK, STOPPED or COMPLETED");
			}
			boolean needsStep = command.type() == EventType.STEP_DONE || command.type() == EventType.FEEDBACK
					|| command.type() == EventType.STOPPED;
			if (needsStep && command.stepIndex() == null) {
				problems.add(new FieldProblem("stepIndex", "is required for " + command.type()));
			}
			if (command.stepIndex() != null
					&& (command.stepIndex() < 0 || command.stepIndex() >= plan.steps().size())) {
				problems.add(new FieldProblem("stepIndex", "must be between 0 and " + (plan.steps().size() - 1)));
			}
			if (command.type() == EventType.FEEDBACK && command.feedback() == null) {
				problems.add(new FieldProblem("feedback", "is required: LIGHTER, GOOD or FIRMER"));
			}
			if (command.type() == EventType.STOPPED) {
				if (command.pain() == null) {
					problems.add(new FieldProblem("pain", "is required: how strong is the pain, 0 to 10"));
				}
				if (command.sharp() == null) {
					problems.add(new FieldProblem("sharp", "is required: is the pain sharp or shooting"));
				}
			}
			checkPain(problems, "pain", command.pain());
			checkPain(problems, "painBefore", command.painBefore());
			checkPain(problems, "painAfter", command.painAfter());
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
		}

		private static void checkPain(List<FieldProblem> problems, String field, Integer value) {
			if (value != null && (value < 0 || value > 10)) {
				problems.add(new FieldProblem(field, "must be between 0 and 10"));
			}
		}

	}

}
