package org.easeback.account.web;

import java.io.IOException;
import java.security.Principal;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.easeback.account.AccountNotEmptyException;
import org.easeback.account.Accounts;
import org.easeback.account.PersonalData;
import org.easeback.shared.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The account page: change password, download, import, delete. */
@Controller
class AccountPageController {

	/** Each field's name as the page labels it, for the messages' summary. */
	private static final Map<String, String> LABELS = Map.of("currentPassword", "Current password", "newPassword",
			"New password", "file", "EaseBack JSON file", "confirmEmail", "Your email address");

	private final Accounts accounts;

	private final PersonalData personalData;

	private final JsonMapper json;

	AccountPageController(Accounts accounts, PersonalData personalData, JsonMapper json) {
		this.accounts = accounts;
		this.personalData = personalData;
		this.json = json;
	}

	@GetMapping("/account")
	String page(Principal principal, Model model) {
		model.addAttribute("account", this.accounts.find(principal.getName()).orElseThrow());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		model.addAttribute("labels", LABELS);
		return "account/account";
	}

	@PostMapping("/account/password")
	String changePassword(Principal principal, @RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, Model model, RedirectAttributes redirect,
			HttpServletRequest request) {
		try {
			this.accounts.changePassword(principal.getName(), currentPassword, newPassword,
					AccountApiController.currentSessionId(request));
			redirect.addFlashAttribute("message", "Your password is changed.");
			return "redirect:/account";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", FormErrors.of(ex));
			return page(principal, model);
		}
	}

	@PostMapping("/account/import")
	String importFile(Principal principal, @RequestParam(name = "file", required = false) MultipartFile file,
			Model model, RedirectAttributes redirect) throws IOException {
		if (file == null) {
			// not a multipart upload, or no file in it
			model.addAttribute("errors", Map.of("file", "choose the JSON file exported by EaseBack"));
			return page(principal, model);
		}
		try {
			long added = this.personalData.importDocument(principal.getName(), this.json.readTree(file.getBytes()));
			redirect.addFlashAttribute("message",
					added == 0 ? "Nothing new: everything in the file is already here." : added + " records imported.");
			return "redirect:/account";
		}
		catch (JacksonException ex) {
			model.addAttribute("errors", Map.of("file", "is not a JSON file exported by EaseBack"));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", Map.of("file", FilePlace.describe(ex.problems())));
		}
		catch (AccountNotEmptyException ex) {
			model.addAttribute("errors", Map.of("file", ex.getMessage()));
		}
		return page(principal, model);
	}

	@PostMapping("/account/delete")
	String delete(Principal principal, @RequestParam(defaultValue = "") String confirmEmail, Model model,
			HttpServletRequest request) throws ServletException {
		try {
			this.accounts.delete(principal.getName(), confirmEmail);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", FormErrors.of(ex));
			return page(principal, model);
		}
		request.logout();
		if (request.getSession(false) != null) {
			request.getSession(false).invalidate();
		}
		return "redirect:/?accountDeleted";
	}

}
