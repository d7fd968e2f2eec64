package org.easeback.therapist;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.easeback.content.ContentItem;
import org.easeback.content.ContentLibrary;
import org.easeback.content.Kind;
import org.easeback.handoff.AssignedRoutine;
import org.easeback.handoff.AssignedRoutines;
import org.easeback.shared.FieldProblem;
import org.easeback.shared.InvalidInputException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Home routines: stretches and self-massage items from the library that a therapist asks
 * a client to do, with how often. The client sees them on the hand-off page and the
 * planner offers them as "From your therapist".
 */
@Service
public class HomeRoutines implements AssignedRoutines {

	/** Most characters in how often a routine is done. */
	public static final int MAX_HOW_OFTEN = 200;

	private final JdbcClient jdbc;

	private final ClientAccess access;

	private final ContentLibrary library;

	private final Clock clock;

	HomeRoutines(JdbcClient jdbc, ClientAccess access, ContentLibrary library, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.library = library;
		this.clock = clock;
	}

	/**
	 * Assigns a stretch or self-massage item to the client the therapist names
	 * {@code clientId}.
	 * @throws ClientNotShared when no share of the therapist's has this id
	 * @throws InvalidInputException naming {@code itemId} or {@code howOften}
	 */
	@Transactional
	public void assign(String therapist, String clientId, String itemId, String howOften) {
		String client = this.access.require(therapist, clientId);
		ContentItem item = this.library.find(itemId == null ? "" : itemId)
			.filter(i -> i.kind() == Kind.STRETCH || i.kind() == Kind.SELF_MASSAGE)
			.orElse(null);
		java.util.List<FieldProblem> problems = new java.util.ArrayList<>();
		if (item == null) {
			problems.add(new FieldProblem("itemId", "must be the id of a stretch or self-massage in the library"));
		}
		if (howOften == null || howOften.isBlank() || howOften.length() > MAX_HOW_OFTEN) {
			problems.add(new FieldProblem("howOften",
					"say how often, in at most " + MAX_HOW_OFTEN + " characters (\"twice a day\")"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		this.jdbc.sql(
				"INSERT INTO therapist_routine (therapist, client, item_id, how_often, assigned_at) VALUES (?, ?, ?, ?, ?)")
			.params(therapist, client, item.id(), howOften.trim(), Instant.now(this.clock).atOffset(ZoneOffset.UTC))
			.update();
	}

	/**
	 * Removes one routine item the therapist assigned to the client they name
	 * {@code clientId}.
	 * @return false when no item of theirs for this client has this id (another
	 * therapist's, another client's, or one already removed)
	 * @throws ClientNotShared when no share of the therapist's has this id
	 */
	@Transactional
	public boolean remove(String therapist, String clientId, long routineId) {
		String client = this.access.require(therapist, clientId);
		return this.jdbc.sql("DELETE FROM therapist_routine WHERE id = ? AND therapist = ? AND client = ?")
			.params(routineId, therapist, client)
			.update() == 1;
	}

	/**
	 * The routines the therapist assigned to the client they name {@code clientId},
	 * newest first.
	 * @throws ClientNotShared when no share of the therapist's has this id
	 */
	@Transactional(readOnly = true)
	public List<AssignedRoutine> assignedBy(String therapist, String clientId) {
		String client = this.access.require(therapist, clientId);
		return query("therapist = ? AND client = ?", therapist, client);
	}

	@Override
	@Transactional(readOnly = true)
	public List<AssignedRoutine> forClient(String client) {
		return query("client = ?", client);
	}

	/** Every routine {@code therapist} assigned (for the therapist's export). */
	@Transactional(readOnly = true)
	public List<AssignedRoutine> assignedByAnyone(String therapist) {
		return query("therapist = ?", therapist);
	}

	/** Deletes every routine by or for {@code username}. */
	@Transactional
	public void deleteAll(String username) {
		this.jdbc.sql("DELETE FROM therapist_routine WHERE therapist = ? OR client = ?")
			.params(username, username)
			.update();
	}

	/** Routines in the order they were assigned, the order a client plays them in. */
	private List<AssignedRoutine> query(String where, Object... params) {
		return this.jdbc.sql("SELECT * FROM therapist_routine WHERE " + where + " ORDER BY assigned_at, id")
			.params(params)
			.query((rs, n) -> new AssignedRoutine(rs.getLong("id"), rs.getString("therapist"), rs.getString("item_id"),
					this.library.find(rs.getString("item_id")).map(ContentItem::name).orElse(rs.getString("item_id")),
					rs.getString("how_often"), rs.getObject("assigned_at", java.time.OffsetDateTime.class).toInstant()))
			.list();
	}

}
