package org.easeback.planner.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

import org.easeback.planner.Plan;
import org.easeback.planner.Plans;
import org.easeback.planner.StoredPlan;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps plans in the database as JSON documents, deflated (zlib, fastest level): a plan
 * is only ever written once and read whole, and its ~15 KB of JSON shrink to a few KB,
 * which is what the database has to write, page and read back (V6 converted the older
 * rows).
 * <p>
 * Plans never change once saved, so a save is one plain {@code INSERT} and a find one
 * {@code SELECT}. Neither opens a transaction of its own: each is a single statement
 * (auto-commit), and a caller's transaction still takes them in, as {@code JdbcClient}
 * joins it.
 */
@Repository
class JdbcPlans implements Plans {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	JdbcPlans(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public StoredPlan save(Plan plan) {
		UUID id = UUID.randomUUID();
		// both databases keep microseconds; truncating first makes the saved value the
		// stored one
		Instant createdAt = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		this.jdbc
			.sql("INSERT INTO session_plan (id, created_at, mode, minutes, plan_deflated) "
					+ "VALUES (:id, :createdAt, :mode, :minutes, :planDeflated)")
			.param("id", id)
			.param("createdAt", createdAt.atOffset(ZoneOffset.UTC))
			.param("mode", plan.mode().name())
			.param("minutes", plan.minutes())
			.param("planDeflated", deflated(plan))
			.update();
		return new StoredPlan(id, createdAt, plan);
	}

	@Override
	public Optional<StoredPlan> find(UUID id) {
		return this.jdbc.sql("SELECT created_at, plan_deflated FROM session_plan WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> new StoredPlan(id, rs.getObject("created_at", OffsetDateTime.class).toInstant(),
					inflated(rs.getBytes("plan_deflated"))))
			.optional();
	}

	private byte[] deflated(Plan plan) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
		Deflater deflater = new Deflater(Deflater.BEST_SPEED);
		try (OutputStream out = new DeflaterOutputStream(bytes, deflater, 4096)) {
			this.json.writeValue(out, plan);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			// a Deflater handed to the stream is not ended by it
			deflater.end();
		}
		return bytes.toByteArray();
	}

	private Plan inflated(byte[] deflated) {
		Inflater inflater = new Inflater();
		try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(deflated), inflater, 4096)) {
			return this.json.readValue(in, Plan.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			inflater.end();
		}
	}

}
