package org.easeback.handoff;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.easeback.content.ContentLibrary;
import org.easeback.content.Kind;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and saves intake profiles, one per account, with optimistic locking: a save names
 * the version it was read at and fails when someone saved in between.
 */
@Service
public class Intakes {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final ContentLibrary library;

	private final Clock clock;

	Intakes(JdbcClient jdbc, JsonMapper json, ContentLibrary library, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.library = library;
		this.clock = clock;
	}

	/** The intake of {@code username}, or {@link StoredIntake#NONE}. */
	@Transactional(readOnly = true)
	public StoredIntake find(String username) {
		Optional<StoredIntake> stored = this.jdbc
			.sql("SELECT document, version, updated_at FROM handoff_intake WHERE username = ?")
			.param(username)
			.query((rs, n) -> new StoredIntake(this.json.readValue(rs.getString("document"), Intake.class),
					rs.getInt("version"), rs.getObject("updated_at", java.time.OffsetDateTime.class).toInstant()))
			.optional();
		return stored.orElse(StoredIntake.NONE);
	}

	/**
	 * Saves the intake if it is still at {@code version} (0 for the first save).
	 * @throws org.easeback.shared.InvalidInputException naming every bad field
	 * @throws OptimisticLockingFailureException when it was saved since
	 */
	@Transactional
	public StoredIntake save(String username, int version, Intake intake) {
		intake.validate(this::isModality);
		String document = this.json.writeValueAsString(intake);
		Instant now = Instant.now(this.clock);
		int changed;
		if (version == 0) {
			try {
				changed = this.jdbc
					.sql("INSERT INTO handoff_intake (username, document, version, updated_at) VALUES (?, ?, 1, ?)")
					.params(username, document, now.atOffset(java.time.ZoneOffset.UTC))
					.update();
			}
			catch (DuplicateKeyException ex) {
				changed = 0;
			}
		}
		else {
			changed = this.jdbc.sql(
					"UPDATE handoff_intake SET document = ?, version = version + 1, updated_at = ? WHERE username = ? AND version = ?")
				.params(document, now.atOffset(java.time.ZoneOffset.UTC), username, version)
				.update();
		}
		if (changed != 1) {
			throw new OptimisticLockingFailureException("the intake of " + username + " is not at version " + version);
		}
		return new StoredIntake(intake, version + 1, now);
	}

	/** Deletes the intake of {@code username}. */
	@Transactional
	public void delete(String username) {
		this.jdbc.sql("DELETE FROM handoff_intake WHERE username = ?").param(username).update();
	}

	/** Whether {@code id} names a professional massage style of the library. */
	public boolean isModality(String id) {
		return this.library.find(id).filter(item -> item.kind() == Kind.MODALITY).isPresent();
	}

}
