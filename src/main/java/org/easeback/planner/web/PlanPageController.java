package org.easeback.planner.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import org.easeback.content.ContentLibrary;
import org.easeback.planner.Mode;
import org.easeback.planner.PlanOutcome;
import org.easeback.planner.Plans;
import org.easeback.planner.SessionMinutes;
import org.easeback.planner.SessionPlanner;
import org.easeback.planner.StoredPlan;
import org.easeback.safety.SafetyFormParameters;
import org.easeback.safety.SafetyResult;
import org.easeback.shared.FieldProblem;
import org.easeback.shared.InvalidInputException;
import org.easeback.shared.Pressure;
import org.easeback.shared.TherapistRoutine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The plan form. The result page of the safety check posts its answers here
 * ({@code POST /plan/form}); the form carries them on as hidden fields and the planner
 * runs the check on them again. Answers never travel in an address, so {@code GET /plan}
 * (the menu's link, an old bookmark) only ever sends the person to the check. Answers
 * that call for urgent care or a clinician show that advice and no form; a CAUTION that
 * caps the pressure offers no pressure above the cap. A signed-in client with a home
 * routine from a therapist can build the session from the routine's items (the planner
 * still leaves out what the answers rule out).
 */
@Controller
class PlanPageController {

	private final SessionPlanner planner;

	private final Plans plans;

	private final ContentLibrary library;

	private final ObjectProvider<TherapistRoutine> routines;

	private final MessageSource messages;

	private final SpringValidatorAdapter validator;

	PlanPageController(SessionPlanner planner, Plans plans, ContentLibrary library,
			ObjectProvider<TherapistRoutine> routines, MessageSource messages, Validator validator) {
		this.planner = planner;
		this.plans = plans;
		this.library = library;
		this.routines = routines;
		this.messages = messages;
		this.validator = new SpringValidatorAdapter(validator);
	}

	@GetMapping("/plan")
	String toTheCheck(@RequestParam(name = "mode", required = false) String mode) {
		Mode asked = asked(mode);
		// the menu's link names no mode: the check then asks without assuming one
		return (asked != null) ? "redirect:/check?mode=" + asked.name() : "redirect:/check";
	}

	@PostMapping("/plan/form")
	String form(@RequestParam MultiValueMap<String, String> parameters, Principal user, Locale locale, Model model) {
		Map<String, List<String>> safety = safetyParameters(parameters);
		Mode asked = asked(parameters.getFirst("mode"));
		if (safety.keySet().stream().noneMatch(k -> k.startsWith(SafetyFormParameters.ANSWER_PREFIX))) {
			return toTheCheck(parameters.getFirst("mode"));
		}
		Mode mode = (asked != null) ? asked : Mode.PARTNER;
		SafetyResult result = checked(safety);
		if (result != null && !result.allowsPlan()) {
			model.addAttribute("safety", result);
			return "planner/refused";
		}
		List<TherapistRoutine.Item> routine = offer(user);
		Pressure cap = cap(result);
		// answers that cannot be used are said at once, not only when the form is sent
		PlanFormMessages messages = (result != null) ? PlanFormMessages.NONE
				: PlanFormMessages.safetyUnreadable(mode, text(locale));
		return show(model, PlanForm.defaults(mode, cap), page(safety, messages, null, cap, routine));
	}

	@PostMapping("/plan")
	String plan(@Valid @ModelAttribute("form") PlanForm form, BindingResult binding,
			@RequestParam MultiValueMap<String, String> parameters, Principal user, Locale locale, Model model) {
		MessageSourceAccessor text = text(locale);
		// Spring leaves a form unvalidated when one of its values could not be converted,
		// and the page names every answer that is wrong at once
		if (binding.getFieldErrors().stream().anyMatch(FieldError::isBindingFailure)) {
			this.validator.validate(form, binding);
		}
		List<TherapistRoutine.Item> routine = offer(user);
		Map<String, List<String>> safety = safetyParameters(parameters);
		Pressure cap = cap(checked(safety));
		List<FieldProblem> problems = new ArrayList<>();
		// minutes missing, not a number or out of range are named once, with the range
		if (binding.hasFieldErrors("minutes")) {
			problems.add(new FieldProblem("minutes", text.getMessage("plan.form.minutes.range",
					new Object[] { SessionMinutes.MIN, SessionMinutes.MAX })));
		}
		binding.getFieldErrors()
			.stream()
			.map(FieldError::getField)
			.filter(field -> !field.equals("minutes"))
			.distinct()
			.forEach(field -> problems.add(new FieldProblem(field, PlanFormMessages.notOffered(field, text))));
		if (form.fromTherapist() && routine.isEmpty()) {
			problems.add(new FieldProblem("routine", text.getMessage("plan.form.noRoutine")));
		}
		SafetyFormParameters.Read read = SafetyFormParameters.read(safety);
		if (!problems.isEmpty() || !read.problems().isEmpty()) {
			problems.addAll(read.problems());
			return show(model, form,
					page(safety, PlanFormMessages.of(problems, form.modeOrDefault(), text), null, cap, routine));
		}
		try {
			PlanOutcome outcome = this.planner.plan(form.fromTherapist()
					? form.toRoutineRequest(routine.stream().map(TherapistRoutine.Item::itemId).toList())
					: form.toRequest(), read.input());
			if (outcome instanceof PlanOutcome.Planned planned) {
				StoredPlan stored = this.plans.save(planned.plan());
				return "redirect:/sessions/" + stored.id();
			}
			if (outcome instanceof PlanOutcome.Refused refused) {
				model.addAttribute("safety", refused.safety());
				return "planner/refused";
			}
			PlanOutcome.NothingToDo nothing = (PlanOutcome.NothingToDo) outcome;
			return show(model, form, page(safety, PlanFormMessages.NONE,
					new PlanPage.NothingLeft(nothing.reason(), nothing.notes()), cap, routine));
		}
		catch (InvalidInputException ex) {
			return show(model, form,
					page(safety, PlanFormMessages.of(ex.problems(), form.modeOrDefault(), text), null, cap, routine));
		}
	}

	private MessageSourceAccessor text(Locale locale) {
		return new MessageSourceAccessor(this.messages, locale);
	}

	/** "From your therapist": the home routine of a signed-in client, if any. */
	private List<TherapistRoutine.Item> offer(Principal user) {
		return user == null ? List.of()
				: this.routines.orderedStream().flatMap(r -> r.forClient(user.getName()).stream()).toList();
	}

	private PlanPage page(Map<String, List<String>> safety, PlanFormMessages messages, PlanPage.NothingLeft nothingLeft,
			Pressure cap, List<TherapistRoutine.Item> routine) {
		return new PlanPage(safety, messages, nothingLeft, cap, routine, this.library.oils());
	}

	/**
	 * The safety check on the carried answers, or null when they cannot be read (the form
	 * then names the fields when it is sent).
	 */
	private SafetyResult checked(Map<String, List<String>> safety) {
		SafetyFormParameters.Read read = SafetyFormParameters.read(safety);
		if (!read.problems().isEmpty()) {
			return null;
		}
		try {
			return this.planner.check(read.input());
		}
		catch (InvalidInputException ex) {
			return null;
		}
	}

	/**
	 * The firmest pressure to offer: the safety check's cap, or light while the answers
	 * cannot be read (the planner applies the real cap either way).
	 */
	private static Pressure cap(SafetyResult result) {
		return result == null ? Pressure.LIGHT : result.changes().maxPressure();
	}

	private String show(Model model, PlanForm form, PlanPage page) {
		model.addAttribute("form", form);
		model.addAttribute("page", page);
		return "planner/form";
	}

	private static Map<String, List<String>> safetyParameters(MultiValueMap<String, String> parameters) {
		Map<String, List<String>> safety = new LinkedHashMap<>();
		parameters.forEach((name, values) -> {
			if (!PlanForm.FIELDS.contains(name)) {
				safety.put(name, values);
			}
		});
		return safety;
	}

	/** The mode named in the address, or null for none or an unknown one. */
	private static Mode asked(String value) {
		return Arrays.stream(Mode.values()).filter(m -> m.name().equals(value)).findFirst().orElse(null);
	}

}
