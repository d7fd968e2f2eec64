package org.easeback.planner.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.easeback.content.ContentLibrary;
import org.easeback.planner.Mode;
import org.easeback.planner.PlanOutcome;
import org.easeback.planner.Plans;
import org.easeback.planner.SessionMinutes;
import org.easeback.planner.SessionPlanner;
import org.easeback.planner.StoredPlan;
import org.easeback.planner.TherapistOffers;
import org.easeback.safety.SafetyFormParameters;
import org.easeback.shared.FieldProblem;
import org.easeback.shared.InvalidInputException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The plan form. It carries the answers of the safety check as hidden fields and the
 * planner runs the check on them again; without answers it sends the person to the check.
 */
@Controller
class PlanPageController {

	private final SessionPlanner planner;

	private final Plans plans;

	private final ContentLibrary library;

	private final ObjectProvider<TherapistOffers> offers;

	PlanPageController(SessionPlanner planner, Plans plans, ContentLibrary library,
			ObjectProvider<TherapistOffers> offers) {
		this.planner = planner;
		this.plans = plans;
		this.library = library;
		this.offers = offers;
	}

	@GetMapping("/plan")
	String form(HttpServletRequest request, Model model) {
		Map<String, List<String>> safety = safetyParameters(request);
		Mode mode = mode(request.getParameter("mode"));
		if (safety.keySet().stream().noneMatch(k -> k.startsWith(SafetyFormParameters.ANSWER_PREFIX))) {
			return "redirect:/check?mode=" + mode.name();
		}
		offer(request, model);
		return show(model, PlanForm.defaults(mode), safety, List.of(), null);
	}

	/** "From your therapist": the home routine of a signed-in client, if any. */
	private void offer(HttpServletRequest request, Model model) {
		Principal user = request.getUserPrincipal();
		model.addAttribute("fromTherapist", user == null ? List.of()
				: this.offers.orderedStream().flatMap(o -> o.forClient(user.getName()).stream()).toList());
	}

	@PostMapping("/plan")
	String plan(@ModelAttribute("form") PlanForm form, BindingResult binding, HttpServletRequest request, Model model) {
		offer(request, model);
		Map<String, List<String>> safety = safetyParameters(request);
		List<FieldProblem> problems = new ArrayList<>();
		binding.getFieldErrors()
			.forEach(e -> problems.add(new FieldProblem(e.getField(), "has a value we do not recognise")));
		if (form.minutes() == null || form.minutes() < SessionMinutes.MIN || form.minutes() > SessionMinutes.MAX) {
			problems.add(new FieldProblem("minutes",
					"choose between " + SessionMinutes.MIN + " and " + SessionMinutes.MAX + " minutes"));
		}
		SafetyFormParameters.Read read = SafetyFormParameters.read(safety);
		if (!problems.isEmpty() || !read.problems().isEmpty()) {
			problems.addAll(read.problems());
			return show(model, form, safety, problems, null);
		}
		try {
			PlanOutcome outcome = this.planner.plan(form.toRequest(), read.input());
			if (outcome instanceof PlanOutcome.Planned planned) {
				StoredPlan stored = this.plans.save(planned.plan());
				return "redirect:/sessions/" + stored.id();
			}
			if (outcome instanceof PlanOutcome.Refused refused) {
				model.addAttribute("safety", refused.safety());
				return "planner/refused";
			}
			PlanOutcome.NothingToDo nothing = (PlanOutcome.NothingToDo) outcome;
			return show(model, form, safety, List.of(), nothing.reason());
		}
		catch (InvalidInputException ex) {
			return show(model, form, safety, ex.problems(), null);
		}
	}

	private String show(Model model, PlanForm form, Map<String, List<String>> safety, List<FieldProblem> problems,
			String nothingToDo) {
		Map<String, String> errors = new LinkedHashMap<>();
		problems.forEach(p -> errors.merge(p.field(), p.message(), (a, b) -> a + "; " + b));
		model.addAttribute("form", form);
		model.addAttribute("soreSelected", List.copyOf(form.soreOrEmpty()));
		model.addAttribute("avoidSelected", List.copyOf(form.avoidOrEmpty()));
		model.addAttribute("modes", Mode.values());
		model.addAttribute("equipmentChoices", org.easeback.content.Equipment.values());
		model.addAttribute("pressures", org.easeback.shared.Pressure.values());
		model.addAttribute("oils", this.library.oils());
		model.addAttribute("safetyFields", hidden(safety));
		model.addAttribute("errors", errors);
		model.addAttribute("nothingToDo", nothingToDo);
		return "planner/form";
	}

	private static List<Map.Entry<String, String>> hidden(Map<String, List<String>> safety) {
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		safety.forEach((name, values) -> values.forEach(v -> fields.add(Map.entry(name, v))));
		return fields;
	}

	private static Map<String, List<String>> safetyParameters(HttpServletRequest request) {
		Map<String, List<String>> safety = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (!PlanForm.FIELDS.contains(name)) {
				safety.put(name, Arrays.asList(values));
			}
		});
		return safety;
	}

	private static Mode mode(String value) {
		return Arrays.stream(Mode.values()).filter(m -> m.name().equals(value)).findFirst().orElse(Mode.PARTNER);
	}

}
