package org.easeback.therapist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.easeback.shared.InvalidInputException;
import org.easeback.shared.Region;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SOAP notes a therapist writes about a client who shares with them. Every edit is stored
 * as a new version naming the version it amends; an edit of an old version fails
 * ({@link OptimisticLockingFailureException}) instead of silently replacing a newer one.
 */
@Service
public class SoapNotes {

	/** Most characters in the reason for an amendment. */
	public static final int MAX_REASON = 500;

	private final JdbcClient jdbc;

	private final ClientAccess access;

	private final Clock clock;

	SoapNotes(JdbcClient jdbc, ClientAccess access, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * Writes a new note about the client the therapist names {@code clientId}.
	 * @throws ClientNotShared when no share of the therapist's has this id
	 */
	@Transactional
	public SoapNote write(String therapist, String clientId, LocalDate visitDate, SoapContent content) {
		String client = this.access.require(therapist, clientId);
		content.validate();
		if (visitDate == null) {
			throw new InvalidInputException("visitDate", "must be the day of the visit (yyyy-mm-dd)");
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO therapist_note (therapist, client, visit_date, created_at) VALUES (?, ?, ?, ?)")
			.params(therapist, client, visitDate, now())
			.update(key, "id");
		long id = key.getKey().longValue();
		insertVersion(id, 1, content, null);
		return find(therapist, client, id).orElseThrow();
	}

	/**
	 * Amends a note that is still at {@code version}: the old version is kept.
	 * @return the amended note, or empty when the therapist has no such note
	 * @throws OptimisticLockingFailureException when the note was amended since
	 * @throws ClientNotShared when no share of the therapist's has {@code clientId}
	 */
	@Transactional
	public Optional<SoapNote> amend(String therapist, String clientId, long id, int version, SoapContent content,
			String reason) {
		String client = this.access.require(therapist, clientId);
		content.validate();
		if (reason != null && reason.length() > MAX_REASON) {
			throw new InvalidInputException("reason", "must be at most " + MAX_REASON + " characters");
		}
		Optional<SoapNote> note = find(therapist, client, id);
		if (note.isEmpty()) {
			return note;
		}
		if (note.get().current().version() != version) {
			throw new OptimisticLockingFailureException(
					"note " + id + " is at version " + note.get().current().version());
		}
		try {
			insertVersion(id, version + 1, content, reason == null || reason.isBlank() ? "amended" : reason.trim());
		}
		catch (DuplicateKeyException ex) {
			throw new OptimisticLockingFailureException("note " + id + " was amended at the same time", ex);
		}
		return find(therapist, client, id);
	}

	/**
	 * The therapist's notes about the client they name {@code clientId}, newest visit
	 * first.
	 * @throws ClientNotShared when no share of the therapist's has this id
	 */
	@Transactional(readOnly = true)
	public List<SoapNote> list(String therapist, String clientId) {
		String client = this.access.require(therapist, clientId);
		return notes("n.therapist = ? AND n.client = ?", therapist, client);
	}

	/**
	 * Every note written about {@code client}, by any therapist (for the client's
	 * export).
	 */
	@Transactional(readOnly = true)
	public List<SoapNote> about(String client) {
		return notes("n.client = ?", client);
	}

	/** Every note {@code therapist} wrote (for the therapist's export). */
	@Transactional(readOnly = true)
	public List<SoapNote> writtenBy(String therapist) {
		return notes("n.therapist = ?", therapist);
	}

	/** Deletes every note by or about {@code username}. */
	@Transactional
	public void deleteAll(String username) {
		this.jdbc.sql("DELETE FROM therapist_note WHERE therapist = ? OR client = ?")
			.params(username, username)
			.update();
	}

	private Optional<SoapNote> find(String therapist, String client, long id) {
		return notes("n.therapist = ? AND n.client = ? AND n.id = ?", therapist, client, id).stream().findFirst();
	}

	private List<SoapNote> notes(String where, Object... params) {
		Map<Long, NoteRow> rows = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT n.id, n.therapist, n.client, n.visit_date, v.* FROM therapist_note n "
					+ "JOIN therapist_note_version v ON v.note = n.id WHERE " + where
					+ " ORDER BY n.visit_date DESC, n.id DESC, v.version")
			.params(params)
			.query((ResultSet rs) -> {
				NoteRow row = rows.computeIfAbsent(rs.getLong("id"), k -> new NoteRow());
				row.fill(rs);
			});
		return rows.values().stream().map(NoteRow::toNote).toList();
	}

	private void insertVersion(long id, int version, SoapContent c, String reason) {
		this.jdbc
			.sql("INSERT INTO therapist_note_version (note, version, subjective, objective, assessment, plan, marks, "
					+ "reason, written_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, version, c.subjective(), c.objective(), c.assessment(), c.plan(),
					c.marksInOrder().stream().map(Region::name).collect(Collectors.joining(",")), reason, now())
			.update();
	}

	private OffsetDateTime now() {
		return Instant.now(this.clock).atOffset(ZoneOffset.UTC);
	}

	private static final class NoteRow {

		private long id;

		private String therapist;

		private String client;

		private LocalDate visitDate;

		private final List<SoapNote.Version> versions = new java.util.ArrayList<>();

		void fill(ResultSet rs) throws SQLException {
			this.id = rs.getLong("id");
			this.therapist = rs.getString("therapist");
			this.client = rs.getString("client");
			this.visitDate = rs.getObject("visit_date", LocalDate.class);
			String marks = rs.getString("marks");
			SoapContent content = new SoapContent(rs.getString("subjective"), rs.getString("objective"),
					rs.getString("assessment"), rs.getString("plan"), marks.isEmpty() ? null
							: Arrays.stream(marks.split(",")).map(Region::valueOf).collect(Collectors.toSet()));
			this.versions.add(new SoapNote.Version(rs.getInt("version"), content, rs.getString("reason"),
					rs.getObject("written_at", OffsetDateTime.class).toInstant()));
		}

		SoapNote toNote() {
			return new SoapNote(this.id, this.therapist, this.client, this.visitDate, this.versions);
		}

	}

}
