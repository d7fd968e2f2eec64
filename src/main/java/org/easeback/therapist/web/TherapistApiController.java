package org.easeback.therapist.web;

import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.easeback.handoff.AssignedRoutine;
import org.easeback.handoff.HandoffSummary;
import org.easeback.handoff.SharedClient;
import org.easeback.therapist.ClientNotShared;
import org.easeback.therapist.Clients;
import org.easeback.therapist.HomeRoutines;
import org.easeback.therapist.SoapNote;
import org.easeback.therapist.SoapNotes;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
 * amend SOAP notes and assign home routines. A client is named in addresses by the
 * {@code id} that redeeming and the client list give (the id of their share with this
 * therapist), never by email; an id that is not one of this therapist's shares that count
 * is a 404.
 */
@RestController
@RequestMapping("/api/v1/therapist")
@Tag(name = "Therapist", description = "Clients who share their hand-off with you, their summary, SOAP notes and "
		+ "home routines. A client is named in addresses by the id that redeeming a code and the client list give, "
		+ "never by email; an id that is not yours, or whose share was revoked, is 404.")
class TherapistApiController {

	private static final String CLIENT_ID = "the client's id from redeeming a code or from the client list";

	private final Clients clients;

	private final SoapNotes notes;

	private final HomeRoutines routines;

	private final MessageSource messages;

	TherapistApiController(Clients clients, SoapNotes notes, HomeRoutines routines, MessageSource messages) {
		this.clients = clients;
		this.notes = notes;
		this.routines = routines;
		this.messages = messages;
	}

	@PostMapping("/redeem")
	@Operation(summary = "Redeem a client's share code",
			description = "Gives the client's email and the id to name them by in the other addresses.")
	SharedClient redeem(Principal user, @RequestBody Redemption request) {
		return this.clients.redeem(user.getName(), request.code());
	}

	@GetMapping("/clients")
	@Operation(summary = "The clients who share with you",
			description = "Each once, alphabetically by email, with the id to name them by in addresses.")
	List<SharedClient> clients(Principal user) {
		return this.clients.of(user.getName());
	}

	@GetMapping("/clients/{clientId}/summary")
	HandoffSummary summary(Principal user, @Parameter(description = CLIENT_ID) @PathVariable String clientId) {
		return this.clients.summary(user.getName(), clientId);
	}

	@GetMapping("/clients/{clientId}/notes")
	List<SoapNote> notes(Principal user, @Parameter(description = CLIENT_ID) @PathVariable String clientId) {
		return this.notes.list(user.getName(), clientId);
	}

	@PostMapping("/clients/{clientId}/notes")
	@ResponseStatus(HttpStatus.CREATED)
	SoapNote write(Principal user, @Parameter(description = CLIENT_ID) @PathVariable String clientId,
			@Valid @RequestBody NewNote request) {
		return this.notes.write(user.getName(), clientId, request.visitDate(), request.content());
	}

	@PutMapping("/clients/{clientId}/notes/{id}")
	ResponseEntity<SoapNote> amend(Principal user, @Parameter(description = CLIENT_ID) @PathVariable String clientId,
			@PathVariable long id, @Valid @RequestBody Amendment request) {
		return ResponseEntity
			.of(this.notes.amend(user.getName(), clientId, id, request.version(), request.content(), request.reason()));
	}

	@GetMapping("/clients/{clientId}/routines")
	List<AssignedRoutine> routines(Principal user, @Parameter(description = CLIENT_ID) @PathVariable String clientId) {
		return this.routines.assignedBy(user.getName(), clientId);
	}

	@PostMapping("/clients/{clientId}/routines")
	@ResponseStatus(HttpStatus.CREATED)
	List<AssignedRoutine> assign(Principal user, @Parameter(description = CLIENT_ID) @PathVariable String clientId,
			@Valid @RequestBody Routine request) {
		this.routines.assign(user.getName(), clientId, request.itemId(), request.howOften());
		return this.routines.assignedBy(user.getName(), clientId);
	}

	@DeleteMapping("/clients/{clientId}/routines/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(Principal user, @Parameter(description = CLIENT_ID) @PathVariable String clientId,
			@PathVariable long id) {
		if (!this.routines.remove(user.getName(), clientId, id)) {
			throw new NoSuchRoutine(id);
		}
	}

	@ExceptionHandler(ClientNotShared.class)
	ProblemDetail notShared() {
		return problem(HttpStatus.NOT_FOUND, "therapist.api.notShared");
	}

	@ExceptionHandler(NoSuchRoutine.class)
	ProblemDetail noSuchRoutine() {
		return problem(HttpStatus.NOT_FOUND, "therapist.api.noSuchRoutine");
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail stale() {
		return problem(HttpStatus.CONFLICT, "therapist.api.stale");
	}

	private ProblemDetail problem(HttpStatus status, String detailKey) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				this.messages.getMessage(detailKey, null, LocaleContextHolder.getLocale()));
		problem.setTitle(status.getReasonPhrase());
		return problem;
	}

}
