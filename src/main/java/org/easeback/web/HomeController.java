package org.easeback.web;

import java.security.Principal;
import java.util.List;

import org.easeback.shared.TherapistRoutine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what EaseBack is and the three ways in, and for a signed-in client the
 * home routine their therapist assigned.
 */
@Controller
class HomeController {

	private final ObjectProvider<TherapistRoutine> routines;

	HomeController(ObjectProvider<TherapistRoutine> routines) {
		this.routines = routines;
	}

	@GetMapping("/")
	String home(Principal user, Model model) {
		model.addAttribute("routine", user == null ? List.of()
				: this.routines.orderedStream().flatMap(r -> r.forClient(user.getName()).stream()).toList());
		return "home";
	}

}
