package org.easeback.content.web;

import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.easeback.content.ContentItem;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The library page's result list as HTML, rendered by Thymeleaf once per distinct result
 * and then kept. The items never change while EaseBack runs (they are loaded at
 * start-up), so the same result always renders the same HTML; rendering every card was
 * most of the page's cost (docs/decisions/0005). Bounded, since free-text searches can
 * make many distinct results.
 */
final class LibraryListHtml {

	private static final String TEMPLATE = "content/library-list";

	private final ITemplateEngine templates;

	private final Cache<Key, String> rendered = Caffeine.newBuilder().maximumSize(256).build();

	LibraryListHtml(ITemplateEngine templates) {
		this.templates = templates;
	}

	/**
	 * The {@code
	 *
	<ul>
	 * } of cards for these items, with links under the context path.
	 */
	String of(List<ContentItem> items, String contextPath) {
		Key key = new Key(contextPath, items.stream().map(ContentItem::id).toList());
		return this.rendered.get(key, k -> render(items, contextPath));
	}

	private String render(List<ContentItem> items, String contextPath) {
		Context context = new Context();
		context.setVariable("items", items);
		context.setVariable("base", contextPath);
		return this.templates.process(TEMPLATE, context);
	}

	private record Key(String contextPath, List<String> ids) {
	}

}
