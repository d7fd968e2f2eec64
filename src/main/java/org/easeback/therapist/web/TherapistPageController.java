package org.easeback.therapist.web;

import java.nio.charset.StandardCharsets;
import java.security.Principal;

import jakarta.validation.Valid;

import org.easeback.content.ContentLibrary;
import org.easeback.content.Kind;
import org.easeback.handoff.SummaryPages;
import org.easeback.shared.InvalidInputException;
import org.easeback.therapist.ClientNotShared;
import org.easeback.therapist.Clients;
import org.easeback.therapist.HomeRoutines;
import org.easeback.therapist.SoapContent;
import org.easeback.therapist.SoapNotes;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The therapist's pages: dashboard, one client, the client's summary. A client is named
 * in addresses by the id of their share with this therapist, never by email.
 */
@Controller
class TherapistPageController {

	private final Clients clients;

	private final SoapNotes notes;

	private final HomeRoutines routines;

	private final SummaryPages pages;

	private final ContentLibrary library;

	TherapistPageController(Clients clients, SoapNotes notes, HomeRoutines routines, SummaryPages pages,
			ContentLibrary library) {
		this.clients = clients;
		this.notes = notes;
		this.routines = routines;
		this.pages = pages;
		this.library = library;
	}

	/** The forms' length limits, from the rules that hold them, for maxlength. */
	@ModelAttribute
	void limits(Model model) {
		model.addAttribute("maxPart", SoapContent.MAX_PART);
		model.addAttribute("maxReason", SoapNotes.MAX_REASON);
		model.addAttribute("maxHowOften", HomeRoutines.MAX_HOW_OFTEN);
	}

	@GetMapping("/therapist")
	String dashboard(Principal user, Model model) {
		if (!model.containsAttribute("redemption")) {
			model.addAttribute("redemption", new Redemption(null));
		}
		model.addAttribute("clients", this.clients.of(user.getName()));
		return "therapist/dashboard";
	}

	@PostMapping("/therapist/redeem")
	String redeem(Principal user, @ModelAttribute("redemption") Redemption form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		try {
			String clientId = this.clients.redeem(user.getName(), form.code()).id().toString();
			redirect.addFlashAttribute("confirmation", "therapist.saved.redeemed");
			return "redirect:" + clientPath(clientId);
		}
		catch (InvalidInputException ex) {
			Refusals.reject(binding, ex);
			return dashboard(user, model);
		}
	}

	@GetMapping("/therapist/clients/{clientId}")
	String client(Principal user, @PathVariable String clientId, Model model) {
		// the forms that were not sent are shown empty
		if (!model.containsAttribute("newNote")) {
			model.addAttribute("newNote", NewNote.EMPTY);
		}
		if (!model.containsAttribute("routine")) {
			model.addAttribute("routine", Routine.EMPTY);
		}
		if (!model.containsAttribute("amendment")) {
			model.addAttribute("amendment", Amendment.EMPTY);
		}
		if (!model.containsAttribute("amendId")) {
			model.addAttribute("amendId", -1L);
		}
		model.addAttribute("summary", this.clients.summary(user.getName(), clientId));
		model.addAttribute("notes", this.notes.list(user.getName(), clientId));
		model.addAttribute("routines", this.routines.assignedBy(user.getName(), clientId));
		model.addAttribute("practice",
				this.library.all()
					.stream()
					.filter(i -> i.kind() == Kind.STRETCH || i.kind() == Kind.SELF_MASSAGE)
					.toList());
		model.addAttribute("path", clientPath(clientId));
		return "therapist/client";
	}

	@GetMapping(path = "/therapist/clients/{clientId}/summary", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> summary(Principal user, @PathVariable String clientId) {
		return this.pages.htmlResponse(this.clients.summary(user.getName(), clientId), clientPath(clientId));
	}

	@GetMapping("/therapist/clients/{clientId}/summary.pdf")
	ResponseEntity<byte[]> pdf(Principal user, @PathVariable String clientId,
			@RequestParam(required = false) String paper) {
		return this.pages.pdfResponse(this.clients.summary(user.getName(), clientId), paper);
	}

	/**
	 * Writes a new note. A refused note is shown again with everything typed and each
	 * message at its field (not a redirect, which would lose the text).
	 */
	@PostMapping("/therapist/clients/{clientId}/notes")
	String write(Principal user, @PathVariable String clientId, @Valid @ModelAttribute("newNote") NewNote form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				this.notes.write(user.getName(), clientId, form.visitDate(), form.content());
				redirect.addFlashAttribute("confirmation", "therapist.saved.note");
				return "redirect:" + clientPath(clientId);
			}
			catch (InvalidInputException ex) {
				Refusals.reject(binding, ex);
			}
		}
		model.addAttribute("problem", "therapist.client.problem.note");
		return client(user, clientId, model);
	}

	/**
	 * Amends a note. A refused amendment, or one made on a page older than the note's
	 * latest version, is shown again with its text in the note's form (which then carries
	 * the latest version, so saving it again replaces that one knowingly).
	 */
	@PostMapping("/therapist/clients/{clientId}/notes/{id}")
	String amend(Principal user, @PathVariable String clientId, @PathVariable long id,
			@Valid @ModelAttribute("amendment") Amendment form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("amendId", id);
		model.addAttribute("problem", "therapist.client.problem.amendment");
		if (!binding.hasErrors()) {
			try {
				this.notes.amend(user.getName(), clientId, id, form.version(), form.content(), form.reason());
				redirect.addFlashAttribute("confirmation", "therapist.saved.amendment");
				return "redirect:" + clientPath(clientId);
			}
			catch (InvalidInputException ex) {
				Refusals.reject(binding, ex);
			}
			catch (OptimisticLockingFailureException ex) {
				model.addAttribute("problem", "therapist.client.problem.amendedMeanwhile");
			}
		}
		return client(user, clientId, model);
	}

	/**
	 * Assigns a home routine. A refused one is shown again with the chosen item, what was
	 * typed and each message at its field.
	 */
	@PostMapping("/therapist/clients/{clientId}/routines")
	String assign(Principal user, @PathVariable String clientId, @Valid @ModelAttribute("routine") Routine form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				this.routines.assign(user.getName(), clientId, form.itemId(), form.howOften());
				redirect.addFlashAttribute("confirmation", "therapist.saved.routine");
				return "redirect:" + clientPath(clientId);
			}
			catch (InvalidInputException ex) {
				Refusals.reject(binding, ex);
			}
		}
		model.addAttribute("problem", "therapist.client.problem.routine");
		return client(user, clientId, model);
	}

	/**
	 * Removes a routine item. Someone else's item, or one already removed, is a 404 like
	 * an unknown client, so the answer tells nothing about other therapists' items.
	 */
	@PostMapping("/therapist/clients/{clientId}/routines/{id}/remove")
	String remove(Principal user, @PathVariable String clientId, @PathVariable long id, RedirectAttributes redirect) {
		if (!this.routines.remove(user.getName(), clientId, id)) {
			throw new NoSuchRoutine(id);
		}
		redirect.addFlashAttribute("confirmation", "therapist.saved.removed");
		return "redirect:" + clientPath(clientId);
	}

	@ExceptionHandler({ ClientNotShared.class, NoSuchRoutine.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notShared() {
		return "error/404";
	}

	/** Only reached with an id access was granted for, so encoding is a second guard. */
	private static String clientPath(String clientId) {
		return "/therapist/clients/" + UriUtils.encodePathSegment(clientId, StandardCharsets.UTF_8);
	}

}
