package org.easeback.content.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.easeback.content.ContentItem;
import org.easeback.content.ContentLibrary;
import org.easeback.content.Equipment;
import org.easeback.content.Kind;
import org.easeback.content.LibraryQuery;
import org.easeback.content.Who;
import org.easeback.shared.Region;

import org.apache.commons.lang3.EnumUtils;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The library pages: a filterable list and one page per item. */
@Controller
class LibraryPageController {

	private final ContentLibrary library;

	private final DiagramImages diagrams;

	LibraryPageController(ContentLibrary library, DiagramImages diagrams) {
		this.library = library;
		this.diagrams = diagrams;
	}

	@GetMapping("/library")
	String list(@RequestParam(required = false) String kind, @RequestParam(required = false) String who,
			@RequestParam(required = false) String region, @RequestParam(required = false) String equipment,
			@RequestParam(required = false) String q, Model model) {
		// a filter the library does not know (an edited or old link) is named and left
		// out, rather than answered with an error page
		List<LibraryPage.UnknownFilter> unknown = new ArrayList<>(0);
		LibraryQuery query = new LibraryQuery(choice(Kind.class, kind, "kind", unknown),
				choice(Who.class, who, "who", unknown), choice(Region.class, region, "region", unknown),
				choice(Equipment.class, equipment, "equipment", unknown), q);
		model.addAttribute("page", new LibraryPage(query, List.copyOf(unknown), groups(this.library.search(query)),
				this.library.regions()));
		return "content/library";
	}

	private List<LibraryPage.Group> groups(List<ContentItem> items) {
		Map<Kind, List<LibraryPage.Card>> byKind = new EnumMap<>(Kind.class);
		for (ContentItem item : items) {
			byKind.computeIfAbsent(item.kind(), (kind) -> new ArrayList<>())
				.add(new LibraryPage.Card(item, this.diagrams.thumbnail(item)));
		}
		return LibraryPage.KIND_ORDER.stream()
			.filter(byKind::containsKey)
			.map(kind -> new LibraryPage.Group(kind, List.copyOf(byKind.get(kind))))
			.toList();
	}

	/** An item's diagram as a small image for its card; see {@link DiagramImages}. */
	@GetMapping(path = "/library/{id}/diagram.svg", produces = "image/svg+xml")
	ResponseEntity<String> diagram(@PathVariable String id, Locale locale) {
		String svg = this.diagrams.svg(id, locale).orElseThrow(() -> new UnknownItem(id));
		// the content only changes with a new release, so a browser may keep the drawing
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic()).body(svg);
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String value, String filter,
			List<LibraryPage.UnknownFilter> unknown) {
		if (value == null || value.isBlank()) {
			return null;
		}
		E constant = EnumUtils.getEnum(type, value);
		if (constant == null) {
			unknown.add(new LibraryPage.UnknownFilter("library.unknown." + filter, value));
		}
		return constant;
	}

	@GetMapping("/library/{id}")
	String item(@PathVariable String id, Model model) {
		ContentItem item = this.library.find(id).orElseThrow(() -> new UnknownItem(id));
		model.addAttribute("item", item);
		return "content/item";
	}

	@ExceptionHandler(UnknownItem.class)
	ModelAndView unknown() {
		// rendered here rather than through the error dispatch, so the page is the same
		// in every container
		return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
	}

	/** No item has the asked id. */
	static final class UnknownItem extends RuntimeException {

		UnknownItem(String id) {
			super("No library item " + id);
		}

	}

}
