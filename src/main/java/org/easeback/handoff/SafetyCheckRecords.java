package org.easeback.handoff;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.easeback.safety.Finding;
import org.easeback.safety.Outcome;
import org.easeback.safety.SafetyChecked;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the latest safety check of each signed-in client (outcome, reasons and date, not
 * the answers), for the summary.
 */
@Service
public class SafetyCheckRecords {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	SafetyCheckRecords(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@EventListener
	@Transactional
	void on(SafetyChecked event) {
		record(event.username(), new LatestSafetyCheck(event.result().outcome(),
				event.result().findings().stream().map(Finding::reason).toList(), event.checkedAt()));
	}

	/** Replaces the latest check of {@code username}. */
	@Transactional
	public void record(String username, LatestSafetyCheck check) {
		delete(username);
		this.jdbc.sql("INSERT INTO handoff_safety_check (username, outcome, reasons, checked_at) VALUES (?, ?, ?, ?)")
			.params(username, check.outcome().name(), this.json.writeValueAsString(check.reasons()),
					check.checkedAt().atOffset(ZoneOffset.UTC))
			.update();
	}

	/** The latest check of {@code username}, if any. */
	@Transactional(readOnly = true)
	public Optional<LatestSafetyCheck> latest(String username) {
		return this.jdbc.sql("SELECT * FROM handoff_safety_check WHERE username = ?")
			.param(username)
			.query((rs, n) -> new LatestSafetyCheck(Outcome.valueOf(rs.getString("outcome")),
					this.json.readValue(rs.getString("reasons"), new TypeReference<List<String>>() {
					}), Shares.instant(rs, "checked_at")))
			.optional();
	}

	/** Deletes the stored check of {@code username}. */
	@Transactional
	public void delete(String username) {
		this.jdbc.sql("DELETE FROM handoff_safety_check WHERE username = ?").param(username).update();
	}

}
