package org.easeback.account.web;

import java.net.URI;
import java.security.Principal;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotNull;
import org.easeback.account.AccountNotEmptyException;
import org.easeback.account.AccountView;
import org.easeback.account.Accounts;
import org.easeback.account.PersonalData;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in account over the API: who am I, export, import, password, deletion. */
@RestController
@RequestMapping("/api/v1/account")
class AccountApiController {

	private final Accounts accounts;

	private final PersonalData personalData;

	AccountApiController(Accounts accounts, PersonalData personalData) {
		this.accounts = accounts;
		this.personalData = personalData;
	}

	@GetMapping
	AccountView me(Principal principal) {
		return this.accounts.find(principal.getName()).orElseThrow();
	}

	@GetMapping("/export")
	ResponseEntity<Map<String, Object>> export(Principal principal) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"easeback-my-data.json\"")
			.body(this.personalData.export(principal.getName()));
	}

	@PostMapping("/import")
	ImportResponse importDocument(Principal principal, @RequestBody JsonNode document) {
		return new ImportResponse(this.personalData.importDocument(principal.getName(), document));
	}

	@PutMapping("/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void changePassword(Principal principal, @RequestBody PasswordChange change, HttpServletRequest http) {
		this.accounts.changePassword(principal.getName(), change.currentPassword(), change.newPassword(),
				currentSessionId(http));
	}

	@DeleteMapping
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(Principal principal, @RequestBody DeleteRequest request, HttpServletRequest http)
			throws ServletException {
		this.accounts.delete(principal.getName(), request.confirmEmail());
		http.logout();
		if (http.getSession(false) != null) {
			http.getSession(false).invalidate();
		}
	}

	/** The id of the session this request belongs to, if it has one. */
	static String currentSessionId(HttpServletRequest http) {
		HttpSession session = http.getSession(false);
		return (session != null) ? session.getId() : null;
	}

	@ExceptionHandler(AccountNotEmptyException.class)
	ProblemDetail notEmpty(AccountNotEmptyException ex, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("Account not empty");
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}

	record ImportResponse(long added) {
	}

	record PasswordChange(@NotNull String currentPassword, @NotNull String newPassword) {
	}

	record DeleteRequest(String confirmEmail) {
	}

}
