package org.easeback.diary.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The fields of the diary entry form as HTML (diary/entry-fields.html), for the diary
 * page and the edit page, which insert it unescaped. The form of a new entry, as every
 * diary view shows it, holds nothing but the time it opens with and the last day an entry
 * may be for, so it is rendered once per such pair and kept: rendering it was a large
 * share of a diary view's CPU (docs/decisions/0005). A form with anything typed or a
 * message in it is rendered each time and never kept, so no one's entry stays in memory.
 * Thymeleaf escapes every value when it renders, as it would inside the page.
 */
@Component
class EntryFieldsHtml {

	private static final String TEMPLATE = "diary/entry-fields";

	private static final Set<String> FRAGMENT = Set.of("fields");

	private final ITemplateEngine templates;

	private final ApplicationContext context;

	/** A new entry's form changes once a minute: a few minutes' forms at most. */
	private final Cache<NewEntry, String> newEntries = Caffeine.newBuilder().maximumSize(16).build();

	EntryFieldsHtml(ITemplateEngine templates, ApplicationContext context) {
		this.templates = templates;
		this.context = context;
	}

	/**
	 * The fields of a new entry's form, as the diary page opens it: kept when it has no
	 * message (a refused episode's messages are shown in its summary).
	 * @param takenAt the time it opens with, e.g. "2026-12-04T21:30"
	 * @param today the reader's today, the last day an entry may be for
	 * @param messages the messages by field, empty on a plain visit
	 */
	String newEntry(String takenAt, LocalDate today, Map<String, String> messages) {
		if (!messages.isEmpty()) {
			return render(newEntryForm(takenAt, today, messages));
		}
		return this.newEntries.get(new NewEntry(takenAt, today),
				(key) -> render(newEntryForm(key.takenAt(), key.today(), Map.of())));
	}

	private static EntryFormView newEntryForm(String takenAt, LocalDate today, Map<String, String> messages) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("takenAt", takenAt);
		return EntryFormView.of(form, messages, today);
	}

	/** The fields of a form with values or messages: rendered each time, never kept. */
	String of(EntryFormView form) {
		return render(form);
	}

	private record NewEntry(String takenAt, LocalDate today) {
	}

	private String render(EntryFormView form) {
		Context model = new Context(Locale.UK);
		// the body map's fragments read the content library as a bean (@contentLibrary)
		model.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.context, null));
		model.setVariable("entryForm", form);
		return this.templates.process(TEMPLATE, FRAGMENT, model);
	}

}
