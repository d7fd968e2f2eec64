package org.easeback.content.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.easeback.content.ContentItem;
import org.easeback.content.ContentLibrary;
import org.easeback.content.Equipment;
import org.easeback.content.Kind;
import org.easeback.content.LibraryQuery;
import org.easeback.content.Who;
import org.easeback.shared.Region;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The library as JSON. Unknown filter values are a {@code 400} problem naming the
 * parameter; an unknown id is a {@code 404} problem.
 */
@RestController
@RequestMapping("/api/v1/library")
@Tag(name = "Library", description = "Techniques, stretches, self-massage, modalities, areas and background")
class LibraryApiController {

	private final ContentLibrary library;

	LibraryApiController(ContentLibrary library) {
		this.library = library;
	}

	@GetMapping
	@Operation(summary = "List library items, optionally filtered by kind, who, region, equipment and text")
	LibraryResults list(@RequestParam(required = false) Kind kind, @RequestParam(required = false) Who who,
			@RequestParam(required = false) Region region, @RequestParam(required = false) Equipment equipment,
			@Parameter(description = "words that must all appear in the item") @RequestParam(
					required = false) String q) {
		List<ContentItem> items = this.library.search(new LibraryQuery(kind, who, region, equipment, q));
		return new LibraryResults(items.size(), items);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One library item by id")
	ContentItem one(@PathVariable String id) {
		return this.library.find(id)
			.orElseThrow(
					() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no library item '" + id + "'."));
	}

	/** A page of results: how many matched, and the items. */
	record LibraryResults(int count, List<ContentItem> items) {

	}

}
