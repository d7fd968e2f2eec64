package org.easeback.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what EaseBack is and the three ways in. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "home";
	}

}
