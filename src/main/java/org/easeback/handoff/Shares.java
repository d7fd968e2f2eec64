package org.easeback.handoff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.easeback.shared.InvalidInputException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consented sharing of a client's hand-off with therapists. A client makes a code (single
 * use, valid for {@link #VALID_FOR}); a therapist who redeems it gets access until the
 * client revokes it. Access is looked up in the database on every request, so a
 * revocation counts from the therapist's next request.
 * <p>
 * A therapist names a client by the random id of a share ({@link SharedClient#id()}),
 * never by the email: the id is looked up together with the therapist and the revocation,
 * so another therapist holding it, or the same one after the client revoked that share,
 * finds nothing.
 */
@Service
public class Shares {

	/** How long an unredeemed code works. */
	public static final Duration VALID_FOR = Duration.ofDays(7);

	/** The earliest share that counts of each client of a therapist. */
	private static final String SHARING = """
			SELECT s.client_id, s.client FROM handoff_share s WHERE s.therapist = ? AND s.revoked_at IS NULL
			AND s.id = (SELECT MIN(f.id) FROM handoff_share f WHERE f.therapist = s.therapist
			AND f.client = s.client AND f.revoked_at IS NULL)""";

	private final JdbcClient jdbc;

	private final Clock clock;

	Shares(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Makes a new code for {@code client}. */
	@Transactional
	public ShareView create(String client) {
		Instant now = now();
		String code = ShareCodes.next();
		Instant expires = now.plus(VALID_FOR);
		this.jdbc
			.sql("INSERT INTO handoff_share (client, code, created_at, expires_at, client_id) VALUES (?, ?, ?, ?, ?)")
			.params(client, code, utc(now), utc(expires), UUID.randomUUID())
			.update();
		return forClient(client).stream().filter(s -> code.equals(s.code())).findFirst().orElseThrow();
	}

	/** The client's shares that count: codes still valid and therapists with access. */
	@Transactional(readOnly = true)
	public List<ShareView> forClient(String client) {
		return this.jdbc.sql("""
				SELECT * FROM handoff_share WHERE client = ? AND revoked_at IS NULL
				AND (therapist IS NOT NULL OR expires_at > ?) ORDER BY created_at, id""")
			.params(client, utc(now()))
			.query(Shares::view)
			.list();
	}

	/** Revokes one of the client's shares; false when the client has no such share. */
	@Transactional
	public boolean revoke(String client, long id) {
		return this.jdbc
			.sql("UPDATE handoff_share SET revoked_at = ? WHERE id = ? AND client = ? AND revoked_at IS NULL")
			.params(utc(now()), id, client)
			.update() == 1;
	}

	/**
	 * Redeems a code for {@code therapist}.
	 * @return the client who shared, with the id the therapist names them by (the one
	 * {@link #clientsOf} gives, also when the client already shared with this therapist)
	 * @throws InvalidInputException naming {@code code} when it is unknown, used, revoked
	 * or expired (which one is not told)
	 */
	@Transactional
	public SharedClient redeem(String therapist, String typedCode) {
		String code = ShareCodes.normalise(typedCode);
		Instant now = now();
		Optional<String> client = this.jdbc.sql(
				"SELECT client FROM handoff_share WHERE code = ? AND therapist IS NULL AND revoked_at IS NULL AND expires_at > ?")
			.params(code, utc(now))
			.query(String.class)
			.optional();
		if (client.isEmpty() || client.get().equals(therapist)) {
			throw new InvalidInputException("code", "is not a valid share code: it may be mistyped, used or expired");
		}
		int claimed = this.jdbc
			.sql("UPDATE handoff_share SET therapist = ?, redeemed_at = ? WHERE code = ? AND therapist IS NULL")
			.params(therapist, utc(now), code)
			.update();
		if (claimed != 1) {
			throw new InvalidInputException("code", "is not a valid share code: it may be mistyped, used or expired");
		}
		return this.jdbc.sql(SHARING + " AND s.client = ?")
			.params(therapist, client.get())
			.query(Shares::sharedClient)
			.single();
	}

	/**
	 * The client {@code therapist} names by {@code id}, while the share with that id is
	 * theirs and not revoked: this is the whole access check.
	 */
	@Transactional(readOnly = true)
	public Optional<String> clientOf(String therapist, UUID id) {
		return this.jdbc
			.sql("SELECT client FROM handoff_share WHERE client_id = ? AND therapist = ? AND revoked_at IS NULL")
			.params(id, therapist)
			.query(String.class)
			.optional();
	}

	/**
	 * The clients who share with {@code therapist}, in alphabetical order, each once: a
	 * client who shared twice is named by the id of their earliest share that counts, so
	 * the dashboard keeps one address per client.
	 */
	@Transactional(readOnly = true)
	public List<SharedClient> clientsOf(String therapist) {
		return this.jdbc.sql(SHARING + " ORDER BY s.client").param(therapist).query(Shares::sharedClient).list();
	}

	/** Every share of {@code client}, revoked and expired ones too (for the export). */
	@Transactional(readOnly = true)
	public List<ShareView> history(String client) {
		return this.jdbc.sql("SELECT * FROM handoff_share WHERE client = ? ORDER BY created_at, id")
			.param(client)
			.query(Shares::view)
			.list();
	}

	/** Deletes every share made by or to {@code username}. */
	@Transactional
	public void deleteAll(String username) {
		this.jdbc.sql("DELETE FROM handoff_share WHERE client = ? OR therapist = ?")
			.params(username, username)
			.update();
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static SharedClient sharedClient(ResultSet rs, int n) throws SQLException {
		return new SharedClient(rs.getObject("client_id", UUID.class), rs.getString("client"), null);
	}

	private static ShareView view(ResultSet rs, int n) throws SQLException {
		String therapist = rs.getString("therapist");
		return new ShareView(rs.getLong("id"), therapist == null ? rs.getString("code") : null, therapist,
				instant(rs, "created_at"), instant(rs, "expires_at"), instant(rs, "redeemed_at"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
