package org.easeback.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.easeback.account.AccountView;
import org.easeback.account.Accounts;
import org.easeback.account.PasswordRule;
import org.easeback.account.Role;
import org.easeback.account.config.SignIns;
import org.easeback.shared.InvalidInputException;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The sign-in page (Spring Security handles its POST) and registration. */
@Controller
class SignInPageController {

	private final Accounts accounts;

	private final SignIns signIns;

	SignInPageController(Accounts accounts, SignIns signIns) {
		this.accounts = accounts;
		this.signIns = signIns;
	}

	@ModelAttribute("maxDisplayName")
	int maxDisplayName() {
		return Accounts.MAX_DISPLAY_NAME;
	}

	@ModelAttribute("minLength")
	int minLength() {
		return PasswordRule.MIN_LENGTH;
	}

	/**
	 * Where a link asked to go after signing in or registering; only a path on EaseBack
	 * is kept, anything else is dropped (never an open redirect).
	 */
	@ModelAttribute("continueTo")
	String continueTo(@RequestParam(name = "continue", required = false) String address) {
		return SignIns.isLocalPath(address) ? address : null;
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

	/**
	 * Creates the account and signs it in, then goes where the person was going: a
	 * therapist to the dashboard, a client without a destination to the account page,
	 * which confirms the account and offers the display name and the ways in.
	 */
	@PostMapping("/register")
	String register(@Valid @ModelAttribute("registration") Registration form, BindingResult binding,
			@RequestParam(name = "continue", required = false) String continueTo, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		// a refused role still goes to the account's rules, which refuse a missing role,
		// so the email and password are checked in the same round
		Role role = binding.hasFieldErrors("role") ? null : form.chosenRole();
		try {
			AccountView account = this.accounts.register(form.email(), form.password(), role, form.displayName());
			Authentication who = this.signIns.signIn(account.email(), request, response);
			// said by the layout, whichever page the person lands on
			redirect.addFlashAttribute("registered", true);
			return "redirect:" + this.signIns.landing(request, response, who, continueTo, "/account");
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(binding, ex);
			return "account/register";
		}
	}

}
