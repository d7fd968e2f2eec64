package org.easeback.therapist.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.easeback.content.ContentLibrary;
import org.easeback.content.Kind;
import org.easeback.handoff.SummaryPages;
import org.easeback.shared.InvalidInputException;
import org.easeback.shared.Region;
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
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/** The therapist's pages: dashboard, one client, the client's summary. */
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

	@GetMapping("/therapist")
	String dashboard(Principal user, Model model) {
		model.addAttribute("clients", this.clients.of(user.getName()));
		return "therapist/dashboard";
	}

	@PostMapping("/therapist/redeem")
	String redeem(Principal user, @RequestParam String code, RedirectAttributes redirect) {
		try {
			return "redirect:" + clientPath(this.clients.redeem(user.getName(), code));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.problems().get(0).message());
			return "redirect:/therapist";
		}
	}

	@GetMapping("/therapist/clients/{client}")
	String client(Principal user, @PathVariable String client, Model model) {
		model.addAttribute("summary", this.clients.summary(user.getName(), client));
		model.addAttribute("notes", this.notes.list(user.getName(), client));
		model.addAttribute("routines", this.routines.assignedBy(user.getName(), client));
		model.addAttribute("practice",
				this.library.all()
					.stream()
					.filter(i -> i.kind() == Kind.STRETCH || i.kind() == Kind.SELF_MASSAGE)
					.toList());
		model.addAttribute("path", clientPath(client));
		return "therapist/client";
	}

	@GetMapping(path = "/therapist/clients/{client}/summary", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> summary(Principal user, @PathVariable String client) {
		return this.pages.htmlResponse(this.clients.summary(user.getName(), client), clientPath(client));
	}

	@GetMapping("/therapist/clients/{client}/summary.pdf")
	ResponseEntity<byte[]> pdf(Principal user, @PathVariable String client,
			@RequestParam(required = false) String paper) {
		return this.pages.pdfResponse(this.clients.summary(user.getName(), client), paper);
	}

	@PostMapping("/therapist/clients/{client}/notes")
	String write(Principal user, @PathVariable String client, @RequestParam(required = false) LocalDate visitDate,
			@RequestParam(required = false) String subjective, @RequestParam(required = false) String objective,
			@RequestParam(required = false) String assessment, @RequestParam(required = false) String plan,
			@RequestParam(required = false) Set<Region> marks, RedirectAttributes redirect) {
		try {
			this.notes.write(user.getName(), client, visitDate,
					new SoapContent(subjective, objective, assessment, plan, marks));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:" + clientPath(client);
	}

	@PostMapping("/therapist/clients/{client}/notes/{id}")
	String amend(Principal user, @PathVariable String client, @PathVariable long id, @RequestParam int version,
			@RequestParam(required = false) String subjective, @RequestParam(required = false) String objective,
			@RequestParam(required = false) String assessment, @RequestParam(required = false) String plan,
			@RequestParam(required = false) Set<Region> marks, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		try {
			this.notes.amend(user.getName(), client, id, version,
					new SoapContent(subjective, objective, assessment, plan, marks), reason);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problem",
					"The note was amended since you opened the page; your change was not saved. Read it again.");
		}
		return "redirect:" + clientPath(client);
	}

	@PostMapping("/therapist/clients/{client}/routines")
	String assign(Principal user, @PathVariable String client, @RequestParam(required = false) String itemId,
			@RequestParam(required = false) String howOften, RedirectAttributes redirect) {
		try {
			this.routines.assign(user.getName(), client, itemId, howOften);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:" + clientPath(client);
	}

	@ExceptionHandler(ClientNotShared.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notShared() {
		return "error/404";
	}

	private static String clientPath(String client) {
		return "/therapist/clients/" + UriUtils.encodePathSegment(client, java.nio.charset.StandardCharsets.UTF_8);
	}

}
