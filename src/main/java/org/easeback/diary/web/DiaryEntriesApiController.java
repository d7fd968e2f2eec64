package org.easeback.diary.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.easeback.diary.DiaryEntries;
import org.easeback.diary.Entry;
import org.easeback.shared.InvalidInputException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Diary entries of the signed-in user: list, add, read, change, delete, CSV. */
@RestController
@RequestMapping("/api/v1/diary")
class DiaryEntriesApiController {

	private final DiaryEntries entries;

	DiaryEntriesApiController(DiaryEntries entries) {
		this.entries = entries;
	}

	record EntriesPage(List<EntryResponse> items, int page, int size, long total) {
	}

	@GetMapping("/entries")
	EntriesPage list(Principal user, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		if (page < 0) {
			throw new InvalidInputException("page", "must be 0 or more");
		}
		if (size < 1 || size > 100) {
			throw new InvalidInputException("size", "must be between 1 and 100");
		}
		List<EntryResponse> items = this.entries.page(user.getName(), page, size)
			.stream()
			.map(EntryResponse::of)
			.toList();
		return new EntriesPage(items, page, size, this.entries.count(user.getName()));
	}

	@PostMapping("/entries")
	ResponseEntity<EntryResponse> add(Principal user, @Valid @RequestBody EntryRequest request) {
		Entry entry = this.entries.add(user.getName(), request.toInput());
		return ResponseEntity.created(URI.create("/api/v1/diary/entries/" + entry.id())).body(EntryResponse.of(entry));
	}

	@GetMapping("/entries/{id}")
	EntryResponse get(Principal user, @PathVariable long id) {
		return this.entries.find(user.getName(), id).map(EntryResponse::of).orElseThrow(() -> NotFound.of("entry", id));
	}

	@PutMapping("/entries/{id}")
	EntryResponse update(Principal user, @PathVariable long id, @Valid @RequestBody EntryRequest request) {
		if (request.version() == null) {
			throw new InvalidInputException("version", "is required: the version you last read");
		}
		return this.entries.update(user.getName(), id, request.version(), request.toInput())
			.map(EntryResponse::of)
			.orElseThrow(() -> NotFound.of("entry", id));
	}

	@DeleteMapping("/entries/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(Principal user, @PathVariable long id) {
		if (!this.entries.delete(user.getName(), id)) {
			throw NotFound.of("entry", id);
		}
	}

	@GetMapping(value = "/entries.csv", produces = "text/csv")
	ResponseEntity<byte[]> csv(Principal user) {
		String body = Csv.line(
				List.of("taken_at", "pain", "peg_average", "peg_enjoyment", "peg_activity", "regions", "tags", "note"))
				+ this.entries.all(user.getName())
					.stream()
					.map(EntryResponse::of)
					// Arrays.asList, not List.of: an entry's note may be null (an empty
					// field)
					.map(e -> Csv.line(Arrays.asList(e.takenAt().toString(), String.valueOf(e.pain()),
							text(e.pegAverage()), text(e.pegEnjoyment()), text(e.pegActivity()),
							e.regions()
								.stream()
								.map(r -> r.region() + ":" + r.intensity())
								.collect(Collectors.joining(";")),
							e.tags().stream().map(Enum::name).sorted().collect(Collectors.joining(";")), e.note())))
					.collect(Collectors.joining());
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"easeback-diary.csv\"")
			.body(body.getBytes(StandardCharsets.UTF_8));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail stale(HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"The entry was changed since you read it. Read it again, then apply your change.");
		problem.setTitle("Conflict");
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}

	private static String text(Integer value) {
		return value == null ? "" : value.toString();
	}

}
