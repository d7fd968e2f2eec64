package org.easeback.account.web;

import java.util.Map;

import org.easeback.account.Accounts;
import org.easeback.account.PasswordRule;
import org.easeback.account.Role;
import org.easeback.shared.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page (Spring Security handles its POST) and registration. */
@Controller
class SignInPageController {

	/** Each field's name as the page labels it, for the messages' summary. */
	private static final Map<String, String> LABELS = Map.of("email", "Email", "password", "Password", "role", "I am");

	private static final String ROLE_MESSAGE = "choose whether you look after your own back or are a massage therapist";

	private final Accounts accounts;

	SignInPageController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/login")
	String login() {
		return "account/login";
	}

	@GetMapping("/register")
	String registerForm(Model model) {
		return form(model, "", Role.CLIENT.name(), Map.of());
	}

	@PostMapping("/register")
	String register(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String role, Model model) {
		try {
			this.accounts.register(email, password, role(role));
			return "redirect:/login?registered";
		}
		catch (InvalidInputException ex) {
			Map<String, String> errors = FormErrors.of(ex);
			// the rule names the API's values; the page offers two described choices
			errors.computeIfPresent("role", (field, message) -> ROLE_MESSAGE);
			return form(model, email, role, errors);
		}
	}

	private static Role role(String value) {
		for (Role role : Role.values()) {
			if (role.name().equals(value)) {
				return role;
			}
		}
		return null;
	}

	private static String form(Model model, String email, String role, Map<String, String> errors) {
		model.addAttribute("email", email);
		model.addAttribute("role", role);
		model.addAttribute("errors", errors);
		model.addAttribute("labels", LABELS);
		model.addAttribute("minLength", PasswordRule.MIN_LENGTH);
		return "account/register";
	}

}
