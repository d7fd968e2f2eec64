package org.easeback.diary.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.validation.Valid;
import org.easeback.content.ContentLibrary;
import org.easeback.diary.DiaryEntries;
import org.easeback.diary.Entry;
import org.easeback.shared.InvalidInputException;
import org.easeback.shared.Region;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editing and deleting one entry from the page. */
@Controller
class EntryPageController {

	private final DiaryEntries entries;

	private final MessageSource messages;

	private final ContentLibrary library;

	EntryPageController(DiaryEntries entries, MessageSource messages, ContentLibrary library) {
		this.entries = entries;
		this.messages = messages;
		this.library = library;
	}

	@GetMapping("/diary/entries/{id}/edit")
	String edit(Principal user, @PathVariable long id, Locale locale, Model model) {
		Entry entry = this.entries.find(user.getName(), id).orElseThrow(Errors::pageNotFound);
		return saved(entry, false, locale, model);
	}

	@PostMapping("/diary/entries/{id}")
	String update(Principal user, @PathVariable long id, @Valid @ModelAttribute EntryForm entryForm,
			BindingResult binding, Locale locale, Model model, RedirectAttributes redirect) {
		Entry entry = this.entries.find(user.getName(), id).orElseThrow(Errors::pageNotFound);
		// without the version it was read at, a change could undo one made elsewhere
		if (entryForm.getVersion() == null || binding.hasFieldErrors("version")) {
			return saved(entry, true, locale, model);
		}
		entryForm.rejectStrengthsWithoutTheirArea(binding);
		if (!binding.hasErrors()) {
			try {
				this.entries.update(user.getName(), id, entryForm.getVersion(), entryForm.toInput(this.entries.zone()))
					.orElseThrow(Errors::pageNotFound);
				redirect.addFlashAttribute("done", Done.ENTRY_CHANGED);
				return "redirect:/diary";
			}
			catch (InvalidInputException ex) {
				FormProblems.reject(binding, ex);
			}
			catch (OptimisticLockingFailureException ex) {
				return saved(entry, true, locale, model);
			}
		}
		return show(entry.id(), false, entryForm, binding, locale, model);
	}

	@PostMapping("/diary/entries/{id}/delete")
	String delete(Principal user, @PathVariable long id, RedirectAttributes redirect) {
		if (!this.entries.delete(user.getName(), id)) {
			throw Errors.pageNotFound();
		}
		redirect.addFlashAttribute("done", Done.ENTRY_DELETED);
		return "redirect:/diary";
	}

	/** The form of the entry as saved now. */
	private String saved(Entry entry, boolean stale, Locale locale, Model model) {
		EntryForm form = EntryForm.of(entry, this.entries.zone());
		return show(entry.id(), stale, form, new BeanPropertyBindingResult(form, "entryForm"), locale, model);
	}

	private String show(long id, boolean stale, EntryForm form, BindingResult binding, Locale locale, Model model) {
		model.addAttribute("entryForm", form);
		Function<Region, String> areaNames = (region) -> this.library.region(region).name();
		model.addAttribute("page", new EditPage(id, stale, EntryFields.of(binding, null, areaNames),
				FormProblems.of(this.messages, locale, List.of(binding), areaNames)));
		return "diary/edit";
	}

}
