package org.easeback.diary.web;

import java.security.Principal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

import org.easeback.diary.DiaryEntries;
import org.easeback.diary.DiarySessions;
import org.easeback.diary.Episodes;
import org.easeback.diary.Timeline;
import org.easeback.shared.InvalidInputException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The diary page: notices, figures, chart, the entry form, episodes and the timeline. */
@Controller
class DiaryPageController {

	static final int PAGE_SIZE = 20;

	private final DiaryEntries entries;

	private final DiarySessions sessions;

	private final Episodes episodes;

	private final EntryFieldsHtml entryFields;

	DiaryPageController(DiaryEntries entries, DiarySessions sessions, Episodes episodes, EntryFieldsHtml entryFields) {
		this.entries = entries;
		this.sessions = sessions;
		this.episodes = episodes;
		this.entryFields = entryFields;
	}

	@GetMapping("/diary")
	String diary(Principal user, @RequestParam(defaultValue = "0") int page, Locale locale, HttpServletRequest request,
			Model model) {
		String username = user.getName();
		int current = Math.max(page, 0);
		// no COUNT(*) on a view: the figures know whether there is any entry, the page
		// reads one row more to know whether older ones follow
		Timeline timeline = this.entries.timeline(username, current, PAGE_SIZE);
		model.addAttribute("entries",
				TimelineRow.of(timeline.entries(), this.entries.zone(), locale, request.getContextPath()));
		model.addAttribute("page", current);
		model.addAttribute("hasNext", timeline.hasOlder());
		model.addAttribute("figures", this.sessions.figures(username));
		model.addAttribute("episodes", this.episodes.all(username));
		LocalDate today = LocalDate.ofInstant(this.entries.now(), this.entries.zone());
		model.addAttribute("today", today);
		Map<String, String> errors = (Map<String, String>) model.getAttribute("errors");
		if (!model.containsAttribute("episodeForm")) {
			model.addAttribute("episodeForm", EpisodeFormView.EMPTY);
		}
		MultiValueMap<String, String> form = (MultiValueMap<String, String>) model.getAttribute("form");
		model.addAttribute("entryFields", entryFields(form, errors, today));
		return "diary/diary";
	}

	/**
	 * The entry form's fields: a new entry's, the same for everyone in the same minute,
	 * are kept; a refused one's are rendered each time.
	 */
	private String entryFields(MultiValueMap<String, String> refused, Map<String, String> errors, LocalDate today) {
		Map<String, String> messages = (errors != null) ? errors : Map.of();
		if (refused != null) {
			return this.entryFields.of(EntryFormView.of(refused, messages, today));
		}
		String now = LocalDateTime.ofInstant(this.entries.now(), this.entries.zone())
			.truncatedTo(ChronoUnit.MINUTES)
			.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
		return this.entryFields.newEntry(now, today, messages);
	}

	@PostMapping("/diary/entries")
	String add(Principal user, @RequestParam MultiValueMap<String, String> form, Locale locale,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		try {
			this.entries.add(user.getName(), EntryForm.read(form, this.entries.zone()));
			redirect.addFlashAttribute("message", "Entry saved.");
			return "redirect:/diary";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("form", form);
			model.addAttribute("errors", Errors.of(ex));
			return diary(user, 0, locale, request, model);
		}
	}

	@PostMapping("/diary/episodes")
	String addEpisode(Principal user, @RequestParam(required = false) String onset,
			@RequestParam(required = false) String endedOn, Locale locale, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		try {
			EpisodeForm episode = EpisodeForm.read(onset, endedOn);
			this.episodes.add(user.getName(), episode.onset(), episode.endedOn());
			redirect.addFlashAttribute("message", "Episode saved.");
			return "redirect:/diary#episodes";
		}
		catch (InvalidInputException ex) {
			Map<String, String> errors = Errors.of(ex);
			model.addAttribute("errors", errors);
			model.addAttribute("episodeForm", EpisodeFormView.of(onset, endedOn, errors));
			return diary(user, 0, locale, request, model);
		}
	}

	@PostMapping("/diary/episodes/{id}/delete")
	String deleteEpisode(Principal user, @PathVariable long id, RedirectAttributes redirect) {
		if (!this.episodes.delete(user.getName(), id)) {
			throw Errors.pageNotFound();
		}
		redirect.addFlashAttribute("message", "Episode deleted.");
		return "redirect:/diary#episodes";
	}

}
