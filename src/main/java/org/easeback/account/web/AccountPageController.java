package org.easeback.account.web;

import java.io.IOException;
import java.security.Principal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.easeback.account.AccountNotEmptyException;
import org.easeback.account.AccountView;
import org.easeback.account.Accounts;
import org.easeback.account.PersonalData;
import org.easeback.shared.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The account page: display name, password, download, import, delete. */
@Controller
class AccountPageController {

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
		AccountView account = this.accounts.find(principal.getName()).orElseThrow();
		model.addAttribute("account", account);
		model.addAttribute("maxDisplayName", Accounts.MAX_DISPLAY_NAME);
		// the forms that were not sent are shown empty, the name form with the saved name
		if (!model.containsAttribute("naming")) {
			model.addAttribute("naming", new Naming(account.displayName()));
		}
		if (!model.containsAttribute("passwordChange")) {
			model.addAttribute("passwordChange", new PasswordChange(null, null));
		}
		if (!model.containsAttribute("upload")) {
			model.addAttribute("upload", new Upload(null));
		}
		if (!model.containsAttribute("deletion")) {
			model.addAttribute("deletion", new Deletion(null));
		}
		return "account/account";
	}

	@PostMapping("/account/name")
	String changeName(Principal principal, @ModelAttribute("naming") Naming form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		try {
			this.accounts.changeDisplayName(principal.getName(), form.displayName());
			redirect.addFlashAttribute("message", (form.displayName() == null || form.displayName().isBlank())
					? "account.name.removed" : "account.name.changed");
			return "redirect:/account";
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(binding, ex);
			return page(principal, model);
		}
	}

	@PostMapping("/account/password")
	String changePassword(Principal principal, @ModelAttribute("passwordChange") PasswordChange form,
			BindingResult binding, Model model, RedirectAttributes redirect, HttpServletRequest request) {
		try {
			this.accounts.changePassword(principal.getName(), form.currentPassword(), form.newPassword(),
					AccountApiController.currentSessionId(request));
			redirect.addFlashAttribute("message", "account.password.changed");
			return "redirect:/account";
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(binding, ex);
			return page(principal, model);
		}
	}

	@PostMapping("/account/import")
	String importFile(Principal principal, @ModelAttribute("upload") Upload form, BindingResult binding, Model model,
			RedirectAttributes redirect) throws IOException {
		if (form.file() == null) {
			// not a multipart upload, or no file in it
			binding.rejectValue("file", "account.import.choose");
			return page(principal, model);
		}
		try {
			long added = this.personalData.importDocument(principal.getName(),
					this.json.readTree(form.file().getBytes()));
			redirect.addFlashAttribute("message", (added == 0) ? "account.import.nothingNew" : "account.import.added");
			redirect.addFlashAttribute("added", added);
			return "redirect:/account";
		}
		catch (JacksonException ex) {
			binding.rejectValue("file", "account.import.notJson");
		}
		catch (InvalidInputException ex) {
			// the rules' own words, each after its place in the file
			binding.rejectValue("file", "account.import.refused", FilePlace.describe(ex.problems()));
		}
		catch (AccountNotEmptyException ex) {
			binding.rejectValue("file", "account.import.notEmpty", new Object[] { ex.held() }, null);
		}
		return page(principal, model);
	}

	@PostMapping("/account/delete")
	String delete(Principal principal, @ModelAttribute("deletion") Deletion form, BindingResult binding, Model model,
			HttpServletRequest request) throws ServletException {
		try {
			this.accounts.delete(principal.getName(), form.confirmEmail());
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(binding, ex);
			return page(principal, model);
		}
		request.logout();
		if (request.getSession(false) != null) {
			request.getSession(false).invalidate();
		}
		return "redirect:/?accountDeleted";
	}

}
