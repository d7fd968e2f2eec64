package org.easeback.handoff.web;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.easeback.handoff.Intake;
import org.easeback.handoff.Intakes;
import org.easeback.handoff.ShareView;
import org.easeback.handoff.Shares;
import org.easeback.handoff.Summaries;
import org.easeback.handoff.fhir.FhirExport;
import org.easeback.shared.InvalidInputException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

/** The signed-in client's hand-off: intake, shares and the FHIR export. */
@RestController
@RequestMapping("/api/v1/handoff")
class HandoffApiController {

	private final Intakes intakes;

	private final Shares shares;

	private final Summaries summaries;

	private final FhirExport fhir;

	private final FhirJson json;

	private final MessageSource messages;

	HandoffApiController(Intakes intakes, Shares shares, Summaries summaries, FhirExport fhir, FhirJson json,
			MessageSource messages) {
		this.messages = messages;
		this.intakes = intakes;
		this.shares = shares;
		this.summaries = summaries;
		this.fhir = fhir;
		this.json = json;
	}

	@GetMapping("/intake")
	IntakeResponse intake(Principal user) {
		return IntakeResponse.of(this.intakes.find(user.getName()));
	}

	@PutMapping("/intake")
	IntakeResponse save(Principal user, @Valid @RequestBody IntakeRequest request) {
		if (request.version() == null || request.version() < 0) {
			throw new InvalidInputException("version", "must be the version you read (0 when there was none)");
		}
		Intake intake = request.intake() == null ? Intake.EMPTY : request.intake();
		return IntakeResponse.of(this.intakes.save(user.getName(), request.version(), intake));
	}

	@GetMapping("/shares")
	List<ShareView> shares(Principal user) {
		return this.shares.forClient(user.getName());
	}

	@PostMapping("/shares")
	@ResponseStatus(HttpStatus.CREATED)
	ShareView share(Principal user) {
		return this.shares.create(user.getName());
	}

	@DeleteMapping("/shares/{id}")
	ResponseEntity<Void> revoke(Principal user, @PathVariable long id) {
		return this.shares.revoke(user.getName(), id) ? ResponseEntity.noContent().build()
				: ResponseEntity.notFound().build();
	}

	@GetMapping(path = "/fhir", produces = { FhirJson.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE })
	ResponseEntity<String> fhir(Principal user) {
		return this.json.response(this.fhir.bundle(this.summaries.of(user.getName())));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail stale(HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				this.messages.getMessage("handoff.api.stale", null, LocaleContextHolder.getLocale()));
		problem.setTitle(HttpStatus.CONFLICT.getReasonPhrase());
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}

}
