package org.easeback.diary;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The guided sessions of one user, and the diary's figures built from everything. */
@Service
public class DiarySessions {

	/**
	 * How far back the summary reads entries: the longest average window and the
	 * rising-pain window, whichever is longer.
	 */
	static final Duration LOOK_BACK = Duration
		.ofDays(Math.max(Collections.max(PainAverage.WINDOWS), RisingPain.WINDOW_DAYS));

	private final GuidedSessionRepository sessions;

	private final DiaryEntries entries;

	private final Episodes episodes;

	DiarySessions(GuidedSessionRepository sessions, DiaryEntries entries, Episodes episodes) {
		this.sessions = sessions;
		this.entries = entries;
		this.episodes = episodes;
	}

	/** Every session of the user, oldest first. */
	public List<GuidedSession> all(String username) {
		return this.sessions.all(username);
	}

	/** Every session of the user taken at {@code from} or later, oldest first. */
	public List<GuidedSession> since(String username, Instant from) {
		return this.sessions.since(username, from);
	}

	/**
	 * Averages, what helps, notices and the current episode of the user, and the totals
	 * of entries and sessions by {@code COUNT(*)}.
	 */
	@Transactional(readOnly = true)
	public DiarySummary summary(String username) {
		return DiarySummary.of(figures(username), Math.toIntExact(this.entries.count(username)),
				Math.toIntExact(this.sessions.count(username)));
	}

	/**
	 * Averages, what helps, notices and the current episode of the user, without totals.
	 * <p>
	 * It reads only what the figures look at: the entries of the last {@link #LOOK_BACK}
	 * (the longest average window, which covers the rising-pain window) and the latest
	 * {@value SevereThreeInARow#RUN} entries whenever they were taken (so there is at
	 * least one reading whenever there is an entry), and the sessions with a before and
	 * an after score (what helps). No {@code COUNT(*)}: the page reads every view of it.
	 */
	@Transactional(readOnly = true)
	public DiaryFigures figures(String username) {
		Instant now = this.entries.now();
		List<PainReading> recent = facts(username, now);
		List<GuidedSession> scored = this.sessions.scored(username);
		var current = this.episodes.current(username);
		return new DiaryFigures(PainAverage.WINDOWS.stream().map(d -> PainAverage.of(d, recent, now)).toList(),
				WhatHelps.of(scored), NoticeRules.standard().check(new DiaryFacts(recent, current, now)), current,
				!recent.isEmpty(), ChartRange.fitting(recent.stream().map(PainReading::takenAt).toList(), now));
	}

	/**
	 * The pain readings the averages and the notice rules look at, oldest first: every
	 * entry taken since {@code now} minus {@link #LOOK_BACK}, and the latest
	 * {@value SevereThreeInARow#RUN} even when older. Only readings: no figure looks at
	 * areas or tags, so they are not read.
	 */
	List<PainReading> facts(String username, Instant now) {
		List<PainReading> window = this.entries.readingsSince(username, now.minus(LOOK_BACK));
		List<PainReading> latest = this.entries.latestReadings(username, SevereThreeInARow.RUN);
		Map<Long, PainReading> byId = new LinkedHashMap<>();
		latest.forEach(e -> byId.put(e.id(), e));
		window.forEach(e -> byId.put(e.id(), e));
		List<PainReading> merged = new ArrayList<>(byId.values());
		merged.sort(Comparator.comparing(PainReading::takenAt).thenComparingLong(PainReading::id));
		return merged;
	}

	/**
	 * Stores an imported session unless it is already there; true when added. The import
	 * has checked that it has a plan id, mode and finish time.
	 */
	@Transactional
	boolean restore(String username, GuidedSession session) {
		return this.sessions.add(username, session);
	}

	boolean has(String username, GuidedSession session) {
		return this.sessions.exists(username, session.planId(), session.finishedAt());
	}

	long count(String username) {
		return this.sessions.count(username);
	}

	void deleteAll(String username) {
		this.sessions.deleteAll(username);
	}

}
