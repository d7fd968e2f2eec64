package org.easeback.diary;

import java.time.Instant;
import java.util.List;

import org.easeback.shared.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The guided sessions of one user, and the diary's figures built from everything. */
@Service
public class DiarySessions {

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

	/** Averages, what helps, notices and the current episode of the user. */
	@Transactional(readOnly = true)
	public DiarySummary summary(String username) {
		List<Entry> all = this.entries.all(username);
		List<GuidedSession> guided = this.sessions.all(username);
		Instant now = this.entries.now();
		var current = this.episodes.current(username);
		return new DiarySummary(PainAverage.WINDOWS.stream().map(d -> PainAverage.of(d, all, now)).toList(),
				WhatHelps.of(guided), NoticeRules.standard().check(new DiaryFacts(all, current, now)), current,
				all.size(), guided.size());
	}

	/** Stores an imported session unless it is already there; true when added. */
	@Transactional
	boolean restore(String username, GuidedSession session) {
		if (session.planId() == null || session.mode() == null || session.finishedAt() == null) {
			throw new InvalidInputException("diary.sessions", "each session needs planId, mode and finishedAt");
		}
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
