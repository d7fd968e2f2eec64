package org.easeback.diary.web;

import java.net.URI;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.easeback.diary.DiaryEntries;
import org.easeback.diary.DiarySessions;
import org.easeback.diary.DiarySummary;
import org.easeback.diary.Episode;
import org.easeback.diary.Episodes;
import org.easeback.diary.GuidedSession;
import org.easeback.diary.Notice;
import org.easeback.diary.PainAverage;
import org.easeback.diary.WhatHelps;
import org.easeback.safety.EpisodeClassification;
import org.easeback.shared.InvalidInputException;
import org.easeback.shared.Words;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Sessions, episodes, figures and chart data of the signed-in user's diary. */
@RestController
@RequestMapping("/api/v1/diary")
class DiaryApiController {

	private final DiaryEntries entries;

	private final DiarySessions sessions;

	private final Episodes episodes;

	private final MessageSource messages;

	DiaryApiController(DiaryEntries entries, DiarySessions sessions, Episodes episodes, MessageSource messages) {
		this.entries = entries;
		this.sessions = sessions;
		this.episodes = episodes;
		this.messages = messages;
	}

	/**
	 * The figures as the API has always given them: each notice's reason as a sentence.
	 */
	record SummaryResponse(List<PainAverage> averages, WhatHelps whatHelps, List<NoticeResponse> notices,
			Optional<Episode> currentEpisode, int entries, int sessions) {

		static SummaryResponse of(DiarySummary summary, Words words) {
			return new SummaryResponse(summary.averages(), summary.whatHelps(),
					summary.notices()
						.stream()
						.map((notice) -> new NoticeResponse(notice.kind(), words.get(notice.reason())))
						.toList(),
					summary.currentEpisode(), summary.entries(), summary.sessions());
		}

	}

	record NoticeResponse(Notice.Kind kind, String reason) {
	}

	record EpisodeRequest(LocalDate onset, LocalDate endedOn) {
	}

	record EpisodeResponse(long id, LocalDate onset, LocalDate endedOn, EpisodeClassification classification,
			long weeks) {

		static EpisodeResponse of(Episode e) {
			return new EpisodeResponse(e.id(), e.onset(), e.endedOn(), e.episode().classification(),
					e.episode().weeks());
		}

	}

	record Point(Instant at, int pain) {
	}

	record SessionPoint(Instant at, String mode, Integer painBefore, Integer painAfter, boolean stopped) {
	}

	record Series(int days, List<Point> entries, List<SessionPoint> sessions) {
	}

	@GetMapping("/sessions")
	List<GuidedSession> sessions(Principal user) {
		List<GuidedSession> newestFirst = new ArrayList<>(this.sessions.all(user.getName()));
		Collections.reverse(newestFirst);
		return newestFirst;
	}

	@GetMapping("/episodes")
	List<EpisodeResponse> episodes(Principal user) {
		return this.episodes.all(user.getName()).stream().map(EpisodeResponse::of).toList();
	}

	@PostMapping("/episodes")
	ResponseEntity<List<EpisodeResponse>> addEpisode(Principal user, @RequestBody EpisodeRequest request) {
		this.episodes.add(user.getName(), request.onset(), request.endedOn());
		return ResponseEntity.created(URI.create("/api/v1/diary/episodes")).body(episodes(user));
	}

	@DeleteMapping("/episodes/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteEpisode(Principal user, @PathVariable long id) {
		if (!this.episodes.delete(user.getName(), id)) {
			throw NotFound.of("episode", id);
		}
	}

	@GetMapping("/summary")
	SummaryResponse summary(Principal user, Locale locale) {
		return SummaryResponse.of(this.sessions.summary(user.getName()), Words.of(this.messages, locale));
	}

	@GetMapping("/series")
	Series series(Principal user, @RequestParam(defaultValue = "90") int days) {
		if (days < 1 || days > 3660) {
			throw new InvalidInputException("days", "must be between 1 and 3660");
		}
		Instant from = this.entries.now().minus(Duration.ofDays(days));
		return new Series(days,
				this.entries.painSince(user.getName(), from)
					.stream()
					.map(e -> new Point(e.takenAt(), e.pain()))
					.toList(),
				this.sessions.since(user.getName(), from)
					.stream()
					.map(s -> new SessionPoint(s.finishedAt(), s.mode(), s.painBefore(), s.painAfter(), s.stopped()))
					.toList());
	}

}
