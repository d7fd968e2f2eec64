package org.easeback.content.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.easeback.content.ContentItem;
import org.easeback.content.ContentLibrary;
import org.easeback.content.Diagram;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * An item's diagram as a standalone SVG image, for the library's cards: the drawing of
 * {@code content/diagram.html}, with the figures' stylesheet inside, since an image does
 * not see the page's. Loaded lazily by the card, it keeps the list light. The content
 * does not change while the application runs, so each drawing is made once.
 */
@Component
class DiagramImages {

	/** Height of a body-map drawing on a card, in CSS pixels. */
	static final int MAP_HEIGHT = 96;

	/** Height of a row of stretch positions on a card, in CSS pixels. */
	static final int POSTURE_HEIGHT = 48;

	private static final String FIGURES_CSS = stylesheet();

	private final ContentLibrary library;

	private final ITemplateEngine templates;

	private final ApplicationContext context;

	private final Map<String, String> drawn = new ConcurrentHashMap<>();

	DiagramImages(ContentLibrary library, ITemplateEngine templates, ApplicationContext context) {
		this.library = library;
		this.templates = templates;
		this.context = context;
	}

	/** The SVG of the item's diagram, or empty for an unknown item or one without. */
	Optional<String> svg(String itemId, Locale locale) {
		Optional<ContentItem> item = this.library.find(itemId).filter(i -> this.library.diagram(i.id()).isPresent());
		return item.map(i -> this.drawn.computeIfAbsent(i.id() + "|" + locale, (key) -> draw(i, locale)));
	}

	/** The size a card shows the item's diagram at, or {@code null} without one. */
	LibraryPage.Thumbnail thumbnail(ContentItem item) {
		return this.library.diagram(item.id()).map(DiagramImages::size).orElse(null);
	}

	private static LibraryPage.Thumbnail size(Diagram diagram) {
		if (diagram.posture()) {
			// the panels' width and height as diagram.html draws them
			int panels = diagram.frames().size();
			return new LibraryPage.Thumbnail((panels * 140 - 20) * POSTURE_HEIGHT / 84, POSTURE_HEIGHT);
		}
		return new LibraryPage.Thumbnail(MAP_HEIGHT * 2 / 3, MAP_HEIGHT);
	}

	private String draw(ContentItem item, Locale locale) {
		Context model = new Context(locale);
		model.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.context, null));
		model.setVariable("item", item);
		model.setVariable("figuresCss", FIGURES_CSS);
		return this.templates.process("content/diagram-image", model).strip();
	}

	private static String stylesheet() {
		try (var in = DiagramImages.class.getResourceAsStream("/static/css/figures.css")) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.IOException | NullPointerException ex) {
			throw new IllegalStateException("static/css/figures.css is missing from the application", ex);
		}
	}

}
