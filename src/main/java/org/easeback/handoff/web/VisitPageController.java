package org.easeback.handoff.web;

import java.security.Principal;

import org.easeback.content.ContentItem;
import org.easeback.content.ContentLibrary;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Preparing for a visit to a massage therapist ({@code /visit}): what to bring and say,
 * how to choose a therapist and when a doctor comes first, from the library's own items.
 * Nothing here is timed or guided: it is a checklist. A signed-in person goes on to the
 * intake; anyone else can print the checklist, or register to keep their answers.
 */
@Controller
class VisitPageController {

	/** The library items the page is written from, in the order it shows them. */
	static final String WHAT_TO_SAY = "tell-your-therapist";

	static final String CHOOSING = "choosing-a-therapist";

	static final String DOCTOR_FIRST = "when-to-see-doctor";

	private final ContentLibrary library;

	VisitPageController(ContentLibrary library) {
		this.library = library;
	}

	@GetMapping("/visit")
	String visit(Principal user, Model model) {
		model.addAttribute("whatToSay", item(WHAT_TO_SAY));
		model.addAttribute("choosing", item(CHOOSING));
		model.addAttribute("doctorFirst", item(DOCTOR_FIRST));
		model.addAttribute("signedInVisit", user != null);
		return "handoff/visit";
	}

	/** The content checks make sure these items exist; a missing one fails loudly. */
	private ContentItem item(String id) {
		return this.library.find(id).orElseThrow(() -> new IllegalStateException("library item " + id + " is missing"));
	}

}
