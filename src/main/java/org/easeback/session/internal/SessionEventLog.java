package org.easeback.session.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only log of session events. */
@Repository
public class SessionEventLog {

	private final JdbcClient jdbc;

	SessionEventLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void append(SessionEvent event) {
		this.jdbc.sql(
				"INSERT INTO session_event (id, plan_id, created_at, type, step_index, feedback, pain, sharp, username) "
						+ "VALUES (:id, :planId, :createdAt, :type, :stepIndex, :feedback, :pain, :sharp, :username)")
			.param("id", event.id())
			.param("planId", event.planId())
			.param("createdAt", java.sql.Timestamp.from(event.createdAt()))
			.param("type", event.type().name())
			.param("stepIndex", event.stepIndex())
			.param("feedback", event.feedback() == null ? null : event.feedback().name())
			.param("pain", event.pain())
			.param("sharp", event.sharp())
			.param("username", event.username())
			.update();
	}

	/** Every event of the plan, oldest first. */
	public List<SessionEvent> forPlan(UUID planId) {
		return this.jdbc.sql("SELECT * FROM session_event WHERE plan_id = :planId ORDER BY created_at, id")
			.param("planId", planId)
			.query((rs, n) -> new SessionEvent(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class),
					rs.getTimestamp("created_at").toInstant(), EventType.valueOf(rs.getString("type")),
					(Integer) rs.getObject("step_index"),
					rs.getString("feedback") == null ? null : PressureFeedback.valueOf(rs.getString("feedback")),
					(Integer) rs.getObject("pain"), (Boolean) rs.getObject("sharp"), rs.getString("username")))
			.list();
	}

}
