package org.easeback.diary.web;

import java.security.Principal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.easeback.content.ContentLibrary;
import org.easeback.diary.ChartRange;
import org.easeback.diary.DiaryEntries;
import org.easeback.diary.DiaryFigures;
import org.easeback.diary.DiarySessions;
import org.easeback.diary.Episodes;
import org.easeback.diary.Timeline;
import org.easeback.shared.InvalidInputException;
import org.easeback.shared.Region;
import org.easeback.shared.Words;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The diary page: notices, figures, chart, the entry form, episodes and the timeline. A
 * refused form is shown again at once, with what was typed; a saved one redirects.
 */
@Controller
class DiaryPageController {

	static final int PAGE_SIZE = 10;

	private final DiaryEntries entries;

	private final DiarySessions sessions;

	private final Episodes episodes;

	private final MessageSource messages;

	private final ContentLibrary library;

	DiaryPageController(DiaryEntries entries, DiarySessions sessions, Episodes episodes, MessageSource messages,
			ContentLibrary library) {
		this.entries = entries;
		this.sessions = sessions;
		this.episodes = episodes;
		this.messages = messages;
		this.library = library;
	}

	@GetMapping("/diary")
	String diary(Principal user, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) Integer days, Locale locale, HttpServletRequest request, Model model) {
		EntryForm entryForm = newEntry();
		EpisodeForm episodeForm = new EpisodeForm();
		return show(user, Math.max(page, 0), days, entryForm, new BeanPropertyBindingResult(entryForm, "entryForm"),
				episodeForm, new BeanPropertyBindingResult(episodeForm, "episodeForm"), locale, request, model);
	}

	@PostMapping("/diary/entries")
	String add(Principal user, @Valid @ModelAttribute EntryForm entryForm, BindingResult binding, Locale locale,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		entryForm.rejectStrengthsWithoutTheirArea(binding);
		if (!binding.hasErrors()) {
			try {
				this.entries.add(user.getName(), entryForm.toInput(this.entries.zone()));
				redirect.addFlashAttribute("done", Done.ENTRY_SAVED);
				return "redirect:/diary";
			}
			catch (InvalidInputException ex) {
				FormProblems.reject(binding, ex);
			}
		}
		EpisodeForm episodeForm = new EpisodeForm();
		return show(user, 0, null, entryForm, binding, episodeForm,
				new BeanPropertyBindingResult(episodeForm, "episodeForm"), locale, request, model);
	}

	@PostMapping("/diary/episodes")
	String addEpisode(Principal user, @Valid @ModelAttribute EpisodeForm episodeForm, BindingResult binding,
			Locale locale, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				this.episodes.add(user.getName(), episodeForm.getOnset(), episodeForm.getEndedOn());
				redirect.addFlashAttribute("done", Done.EPISODE_SAVED);
				return "redirect:/diary";
			}
			catch (InvalidInputException ex) {
				FormProblems.reject(binding, ex);
			}
		}
		EntryForm entryForm = newEntry();
		return show(user, 0, null, entryForm, new BeanPropertyBindingResult(entryForm, "entryForm"), episodeForm,
				binding, locale, request, model);
	}

	@PostMapping("/diary/episodes/{id}/delete")
	String deleteEpisode(Principal user, @PathVariable long id, RedirectAttributes redirect) {
		if (!this.episodes.delete(user.getName(), id)) {
			throw Errors.pageNotFound();
		}
		redirect.addFlashAttribute("done", Done.EPISODE_DELETED);
		return "redirect:/diary";
	}

	/** A new entry's form, opening at the current minute. */
	private EntryForm newEntry() {
		return EntryForm.startingAt(LocalDateTime.ofInstant(this.entries.now(), this.entries.zone()));
	}

	/**
	 * The page; {@code days} is the chart's span the reader picked, or null (or one not
	 * on offer, from an edited address) for the one that fits the entries.
	 */
	private String show(Principal user, int current, Integer days, EntryForm entryForm, BindingResult entryBinding,
			EpisodeForm episodeForm, BindingResult episodeBinding, Locale locale, HttpServletRequest request,
			Model model) {
		String username = user.getName();
		// no COUNT(*) on a view: the figures know whether there is any entry, the page
		// reads one row more to know whether older ones follow
		Timeline timeline = this.entries.timeline(username, current, PAGE_SIZE);
		LocalDate today = LocalDate.ofInstant(this.entries.now(), this.entries.zone());
		model.addAttribute("entryForm", entryForm);
		model.addAttribute("episodeForm", episodeForm);
		DiaryFigures figures = this.sessions.figures(username);
		Words words = Words.of(this.messages, locale);
		Function<Region, String> areaNames = (region) -> this.library.region(region).name();
		model.addAttribute("page",
				new DiaryPage(
						TimelineRow.of(timeline.entries(), this.entries.zone(), locale, request.getContextPath(),
								this.messages, areaNames),
						current, timeline.hasOlder(), figures,
						figures.notices()
							.stream()
							.map((notice) -> new DiaryPage.NoticeText(notice.kind().name(), words.get(notice.reason())))
							.toList(),
						Insight.byMode(figures.whatHelps(), words),
						Insight.byTechnique(figures.whatHelps(), this.library, words),
						ChartRange.offers(days) ? days : figures.chartRange(), this.episodes.all(username), today,
						EntryFields.of(entryBinding, today, areaNames),
						FormProblems.of(this.messages, locale, List.of(entryBinding, episodeBinding), areaNames)));
		return "diary/diary";
	}

}
