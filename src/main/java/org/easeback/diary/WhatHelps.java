package org.easeback.diary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Average change in pain after sessions, per mode and per technique, from sessions that
 * have both a before and an after score. A group is shown only with at least
 * {@value #MIN_SESSIONS} such sessions; fewer say nothing.
 *
 * @param byMode one figure per mode with enough sessions
 * @param byTechnique one figure per technique with enough sessions
 * @param sessionsWithScores how many sessions had both scores
 */
public record WhatHelps(List<ChangeFigure> byMode, List<ChangeFigure> byTechnique, int sessionsWithScores) {

	/** Fewer sessions than this in a group show no figure. */
	public static final int MIN_SESSIONS = 3;

	/** The figures of these sessions. */
	public static WhatHelps of(List<GuidedSession> sessions) {
		List<GuidedSession> scored = sessions.stream().filter(s -> s.change() != null).toList();
		return new WhatHelps(figures(scored, s -> List.of(s.mode())), figures(scored, GuidedSession::techniqueIds),
				scored.size());
	}

	/** Whether there is a figure to show. */
	public boolean hasFigures() {
		return !this.byMode.isEmpty() || !this.byTechnique.isEmpty();
	}

	private static List<ChangeFigure> figures(List<GuidedSession> sessions,
			Function<GuidedSession, List<String>> groups) {
		Map<String, List<GuidedSession>> grouped = new TreeMap<>();
		for (GuidedSession session : sessions) {
			for (String group : groups.apply(session).stream().distinct().toList()) {
				grouped.computeIfAbsent(group, g -> new ArrayList<>()).add(session);
			}
		}
		return grouped.entrySet()
			.stream()
			.filter(e -> e.getValue().size() >= MIN_SESSIONS)
			.map(e -> ChangeFigure.of(e.getKey(), e.getValue().stream().map(GuidedSession::change).toList(),
					e.getValue().stream().map(GuidedSession::painBefore).toList(),
					e.getValue().stream().map(GuidedSession::painAfter).toList()))
			.toList();
	}

}
