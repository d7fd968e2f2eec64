package org.easeback.diary.web;

import java.security.Principal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.easeback.diary.DiaryEntries;
import org.easeback.diary.Entry;
import org.easeback.shared.InvalidInputException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editing and deleting one entry from the page. */
@Controller
class EntryPageController {

	private final DiaryEntries entries;

	private final EntryFieldsHtml entryFields;

	EntryPageController(DiaryEntries entries, EntryFieldsHtml entryFields) {
		this.entries = entries;
		this.entryFields = entryFields;
	}

	@GetMapping("/diary/entries/{id}/edit")
	String edit(Principal user, @PathVariable long id, Model model) {
		Entry entry = this.entries.find(user.getName(), id).orElseThrow(Errors::pageNotFound);
		return form(model, entry, formOf(entry), Map.of());
	}

	@PostMapping("/diary/entries/{id}")
	String update(Principal user, @PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		Entry entry = this.entries.find(user.getName(), id).orElseThrow(Errors::pageNotFound);
		try {
			int version = Integer.parseInt(String.valueOf(form.getFirst("version")));
			this.entries.update(user.getName(), id, version, EntryForm.read(form, this.entries.zone()))
				.orElseThrow(Errors::pageNotFound);
			redirect.addFlashAttribute("message", "Entry changed.");
			return "redirect:/diary";
		}
		catch (InvalidInputException ex) {
			return form(model, entry, form, Errors.of(ex));
		}
		catch (NumberFormatException | OptimisticLockingFailureException ex) {
			model.addAttribute("stale", true);
			return form(model, entry, formOf(entry), Map.of());
		}
	}

	@PostMapping("/diary/entries/{id}/delete")
	String delete(Principal user, @PathVariable long id, RedirectAttributes redirect) {
		if (!this.entries.delete(user.getName(), id)) {
			throw Errors.pageNotFound();
		}
		redirect.addFlashAttribute("message", "Entry deleted.");
		return "redirect:/diary";
	}

	private String form(Model model, Entry entry, MultiValueMap<String, String> form, Map<String, String> errors) {
		model.addAttribute("entry", entry);
		model.addAttribute("form", form);
		model.addAttribute("entryFields", this.entryFields.of(EntryFormView.of(form, errors, null)));
		return "diary/edit";
	}

	private MultiValueMap<String, String> formOf(Entry entry) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("takenAt",
				LocalDateTime.ofInstant(entry.takenAt(), this.entries.zone())
					.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
					.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
		form.add("pain", String.valueOf(entry.pain().value()));
		if (entry.peg().averagePain() != null) {
			form.add("pegAverage", String.valueOf(entry.peg().averagePain().value()));
		}
		if (entry.peg().enjoyment() != null) {
			form.add("pegEnjoyment", String.valueOf(entry.peg().enjoyment().value()));
		}
		if (entry.peg().activity() != null) {
			form.add("pegActivity", String.valueOf(entry.peg().activity().value()));
		}
		entry.regions().forEach(r -> {
			form.add("regions", r.region().name());
			form.add("intensity." + r.region().name(), String.valueOf(r.intensity().value()));
		});
		entry.tags().forEach(t -> form.add("tags", t.name()));
		if (entry.note() != null) {
			form.add("note", entry.note());
		}
		form.add("version", String.valueOf(entry.version()));
		return form;
	}

}
