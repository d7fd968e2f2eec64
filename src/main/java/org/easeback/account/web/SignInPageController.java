package org.easeback.account.web;

import jakarta.validation.Valid;

import org.easeback.account.Accounts;
import org.easeback.account.PasswordRule;
import org.easeback.account.Role;
import org.easeback.shared.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The sign-in page (Spring Security handles its POST) and registration. */
@Controller
class SignInPageController {

	private final Accounts accounts;

	SignInPageController(Accounts accounts) {
		this.accounts = accounts;
	}

	@ModelAttribute("minLength")
	int minLength() {
		return PasswordRule.MIN_LENGTH;
	}

	@GetMapping("/login")
	String login() {
		return "account/login";
	}

	@GetMapping("/register")
	String registerForm(Model model) {
		model.addAttribute("registration", Registration.empty());
		return "account/register";
	}

	@PostMapping("/register")
	String register(@Valid @ModelAttribute("registration") Registration form, BindingResult binding) {
		// a refused role still goes to the account's rules, which refuse a missing role,
		// so the email and password are checked in the same round
		Role role = binding.hasFieldErrors("role") ? null : form.chosenRole();
		try {
			this.accounts.register(form.email(), form.password(), role);
			return "redirect:/login?registered";
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(binding, ex);
			return "account/register";
		}
	}

}
