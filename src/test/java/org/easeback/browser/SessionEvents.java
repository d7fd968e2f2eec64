package org.easeback.browser;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the server recorded while a plan was followed, read straight from the database.
 */
final class SessionEvents {

	private final JdbcClient jdbc;

	SessionEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<String> types(UUID planId) {
		return this.jdbc.sql("select type from session_event where plan_id = ? order by created_at, id")
			.param(planId)
			.query(String.class)
			.list();
	}

}
