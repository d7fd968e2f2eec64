package org.easeback.therapist.web;

import java.security.Principal;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.easeback.handoff.AssignedRoutine;
import org.easeback.handoff.HandoffSummary;
import org.easeback.shared.InvalidInputException;
import org.easeback.therapist.ClientNotShared;
import org.easeback.therapist.Clients;
import org.easeback.therapist.HomeRoutines;
import org.easeback.therapist.SoapNote;
import org.easeback.therapist.SoapNotes;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The therapist API: redeem a code, list clients, read a client's summary, write and
 * amend SOAP notes and assign home routines. A client who does not share is a 404.
 */
@RestController
@RequestMapping("/api/v1/therapist")
class TherapistApiController {

	private final Clients clients;

	private final SoapNotes notes;

	private final HomeRoutines routines;

	TherapistApiController(Clients clients, SoapNotes notes, HomeRoutines routines) {
		this.clients = clients;
		this.notes = notes;
		this.routines = routines;
	}

	@PostMapping("/redeem")
	Requests.Redeemed redeem(Principal user, @RequestBody Requests.Redeem request) {
		return new Requests.Redeemed(this.clients.redeem(user.getName(), request.code()));
	}

	@GetMapping("/clients")
	List<String> clients(Principal user) {
		return this.clients.of(user.getName());
	}

	@GetMapping("/clients/{client}/summary")
	HandoffSummary summary(Principal user, @PathVariable String client) {
		return this.clients.summary(user.getName(), client);
	}

	@GetMapping("/clients/{client}/notes")
	List<SoapNote> notes(Principal user, @PathVariable String client) {
		return this.notes.list(user.getName(), client);
	}

	@PostMapping("/clients/{client}/notes")
	@ResponseStatus(HttpStatus.CREATED)
	SoapNote write(Principal user, @PathVariable String client, @RequestBody Requests.NewNote request) {
		return this.notes.write(user.getName(), client, request.visitDate(), request.content());
	}

	@PutMapping("/clients/{client}/notes/{id}")
	ResponseEntity<SoapNote> amend(Principal user, @PathVariable String client, @PathVariable long id,
			@RequestBody Requests.Amendment request) {
		if (request.version() == null) {
			throw new InvalidInputException("version", "must be the version you read");
		}
		return ResponseEntity
			.of(this.notes.amend(user.getName(), client, id, request.version(), request.content(), request.reason()));
	}

	@GetMapping("/clients/{client}/routines")
	List<AssignedRoutine> routines(Principal user, @PathVariable String client) {
		return this.routines.assignedBy(user.getName(), client);
	}

	@PostMapping("/clients/{client}/routines")
	@ResponseStatus(HttpStatus.CREATED)
	List<AssignedRoutine> assign(Principal user, @PathVariable String client, @RequestBody Requests.Routine request) {
		this.routines.assign(user.getName(), client, request.itemId(), request.howOften());
		return this.routines.assignedBy(user.getName(), client);
	}

	@ExceptionHandler(ClientNotShared.class)
	ProblemDetail notShared() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"No client with this address shares a hand-off with you.");
		problem.setTitle("Not Found");
		return problem;
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail stale(HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"The note was amended since you read it. Read it again, then apply your change.");
		problem.setTitle("Conflict");
		return problem;
	}

}
