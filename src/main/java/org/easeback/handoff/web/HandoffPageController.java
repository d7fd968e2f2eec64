package org.easeback.handoff.web;

import java.security.Principal;
import java.util.List;

import org.easeback.content.ContentLibrary;
import org.easeback.content.Kind;
import org.easeback.handoff.Intakes;
import org.easeback.handoff.Shares;
import org.easeback.handoff.Summaries;
import org.easeback.handoff.SummaryPages;
import org.easeback.shared.Allergen;
import org.easeback.shared.FieldProblem;
import org.easeback.shared.InvalidInputException;
import org.easeback.shared.Pressure;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The hand-off page ({@code /handoff}: the intake form, share codes and routines from
 * therapists) and the summary ({@code /handoff/summary}, {@code /handoff/summary.pdf}).
 */
@Controller
class HandoffPageController {

	private final Intakes intakes;

	private final Shares shares;

	private final Summaries summaries;

	private final SummaryPages pages;

	private final ContentLibrary library;

	private final MessageSource messages;

	HandoffPageController(Intakes intakes, Shares shares, Summaries summaries, SummaryPages pages,
			ContentLibrary library, MessageSource messages) {
		this.messages = messages;
		this.intakes = intakes;
		this.shares = shares;
		this.summaries = summaries;
		this.pages = pages;
		this.library = library;
	}

	@GetMapping("/handoff")
	String page(Principal user, Model model) {
		return show(user, model, IntakeForm.of(this.intakes.find(user.getName())), List.of(), null);
	}

	@PostMapping("/handoff")
	String save(Principal user, @ModelAttribute("form") IntakeForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			// only a tampered request sends a choice the page does not offer
			String unknown = this.messages.getMessage("handoff.unrecognised", null, LocaleContextHolder.getLocale());
			return show(user, model, form,
					binding.getFieldErrors().stream().map(e -> new FieldProblem(e.getField(), unknown)).toList(), null);
		}
		try {
			this.intakes.save(user.getName(), form.versionOrZero(), form.toIntake());
			redirect.addFlashAttribute("confirmation", "handoff.saved.intake");
			return "redirect:/handoff";
		}
		catch (InvalidInputException ex) {
			return show(user, model, form, ex.problems(), null);
		}
		catch (OptimisticLockingFailureException ex) {
			return show(user, model, form, List.of(), "handoff.conflict");
		}
	}

	@PostMapping("/handoff/shares")
	String share(Principal user, RedirectAttributes redirect) {
		redirect.addFlashAttribute("confirmation", "handoff.saved.share");
		redirect.addFlashAttribute("confirmationArg", this.shares.create(user.getName()).code());
		return "redirect:/handoff";
	}

	@PostMapping("/handoff/shares/{id}/revoke")
	String revoke(Principal user, @PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("confirmation",
				this.shares.revoke(user.getName(), id) ? "handoff.saved.revoked" : "handoff.saved.revokedBefore");
		return "redirect:/handoff";
	}

	@GetMapping(path = "/handoff/summary", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> summary(Principal user) {
		return this.pages.htmlResponse(this.summaries.of(user.getName()), "/handoff");
	}

	@GetMapping("/handoff/summary.pdf")
	ResponseEntity<byte[]> pdf(Principal user, @RequestParam(required = false) String paper) {
		return this.pages.pdfResponse(this.summaries.of(user.getName()), paper);
	}

	private String show(Principal user, Model model, IntakeForm form, List<FieldProblem> problems, String conflictKey) {
		IntakeMessages messages = IntakeMessages.of(problems, form, this.messages, LocaleContextHolder.getLocale());
		model.addAttribute("form", form);
		model.addAttribute("messages", messages);
		model.addAttribute("errors", messages.byInput());
		model.addAttribute("conflict", conflictKey);
		model.addAttribute("allergens", Allergen.values());
		model.addAttribute("pressures", Pressure.values());
		model.addAttribute("modalities", this.library.byKind(Kind.MODALITY));
		model.addAttribute("shares", this.shares.forClient(user.getName()));
		model.addAttribute("routines", this.summaries.routinesOf(user.getName()));
		return "handoff/handoff";
	}

}
