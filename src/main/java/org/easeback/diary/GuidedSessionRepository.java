package org.easeback.diary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Guided sessions of the diary; every query is scoped by username. */
@Repository
class GuidedSessionRepository {

	private static final String COLUMNS = "id, plan_id, mode, minutes, technique_ids, pain_before, pain_after, "
			+ "stopped, stop_pain, sharp, feedback, finished_at";

	private final JdbcClient jdbc;

	GuidedSessionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the session unless the same one (plan and end time) is already there. */
	boolean add(String username, GuidedSession s) {
		if (exists(username, s.planId(), s.finishedAt())) {
			return false;
		}
		try {
			insert(username, s);
			return true;
		}
		catch (DuplicateKeyException ex) {
			// the same event delivered twice at once: the other delivery stored it
			return false;
		}
	}

	private void insert(String username, GuidedSession s) {
		this.jdbc.sql("INSERT INTO diary_session (username, plan_id, mode, minutes, technique_ids, pain_before, "
				+ "pain_after, stopped, stop_pain, sharp, feedback, finished_at) VALUES (:username, :planId, :mode, "
				+ ":minutes, :techniqueIds, :painBefore, :painAfter, :stopped, :stopPain, :sharp, :feedback, :finishedAt)")
			.param("username", username)
			.param("planId", s.planId())
			.param("mode", s.mode())
			.param("minutes", s.minutes())
			.param("techniqueIds", String.join(",", s.techniqueIds()))
			.param("painBefore", s.painBefore())
			.param("painAfter", s.painAfter())
			.param("stopped", s.stopped())
			.param("stopPain", s.stopPain())
			.param("sharp", s.sharp())
			.param("feedback", String.join(",", s.feedback()))
			.param("finishedAt", Timestamp.from(s.finishedAt()))
			.update();
	}

	boolean exists(String username, UUID planId, java.time.Instant finishedAt) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM diary_session WHERE username = :username AND plan_id = :planId "
					+ "AND finished_at = :finishedAt")
			.param("username", username)
			.param("planId", planId)
			.param("finishedAt", Timestamp.from(finishedAt))
			.query(Long.class)
			.single() > 0;
	}

	/** Every session of the user, oldest first. */
	List<GuidedSession> all(String username) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM diary_session WHERE username = :username ORDER BY finished_at, id")
			.param("username", username)
			.query(GuidedSessionRepository::map)
			.list();
	}

	/** The sessions finished at {@code from} or later, oldest first. */
	List<GuidedSession> since(String username, java.time.Instant from) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM diary_session WHERE username = :username AND finished_at >= :from "
					+ "ORDER BY finished_at, id")
			.param("username", username)
			.param("from", Timestamp.from(from))
			.query(GuidedSessionRepository::map)
			.list();
	}

	/** The sessions with both a before and an after score, oldest first. */
	List<GuidedSession> scored(String username) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM diary_session WHERE username = :username AND pain_before IS NOT NULL "
					+ "AND pain_after IS NOT NULL ORDER BY finished_at, id")
			.param("username", username)
			.query(GuidedSessionRepository::map)
			.list();
	}

	long count(String username) {
		return this.jdbc.sql("SELECT COUNT(*) FROM diary_session WHERE username = :username")
			.param("username", username)
			.query(Long.class)
			.single();
	}

	void deleteAll(String username) {
		this.jdbc.sql("DELETE FROM diary_session WHERE username = :username").param("username", username).update();
	}

	private static GuidedSession map(ResultSet rs, int row) throws SQLException {
		return new GuidedSession(rs.getLong("id"), rs.getObject("plan_id", UUID.class), rs.getString("mode"),
				rs.getInt("minutes"), split(rs.getString("technique_ids")), rs.getObject("pain_before", Integer.class),
				rs.getObject("pain_after", Integer.class), rs.getBoolean("stopped"),
				rs.getObject("stop_pain", Integer.class), rs.getObject("sharp", Boolean.class),
				split(rs.getString("feedback")), rs.getTimestamp("finished_at").toInstant());
	}

	private static List<String> split(String joined) {
		return (joined == null || joined.isEmpty()) ? List.of() : Arrays.asList(joined.split(","));
	}

}
