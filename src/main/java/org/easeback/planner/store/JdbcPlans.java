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
import org.easeback.planner.PlanRetention;
import org.easeback.planner.Plans;
import org.easeback.planner.StoredPlan;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps plans in the database as JSON documents, deflated (zlib, fastest level): a plan
 * is only ever written once and read whole, and its JSON shrinks several times over,
 * which is what the database has to write, page and read back (V6 converted the older
 * rows; docs/decisions/0004).
 * <p>
 * Plans never change once saved, so a save is one plain {@code INSERT} and a find one
 * {@code SELECT}. A save inside a caller's transaction joins it ({@code JdbcClient}
 * does); otherwise it commits on its own before it returns.
 * <p>
 * A plan's last use ({@code last_used_at}, which {@link PlanExpiry} deletes by) is its
 * creation, set by the same {@code INSERT}; {@link #open} moves it only when it is older
 * than {@link PlanRetention#recordUseEvery()}, so most readings write nothing.
 */
@Repository
class JdbcPlans implements Plans {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	private final PlanRetention retention;

	JdbcPlans(JdbcClient jdbc, JsonMapper json, Clock clock, PlanRetention retention) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.retention = retention;
	}

	@Override
	public StoredPlan save(Plan plan) {
		UUID id = UUID.randomUUID();
		// both databases keep microseconds; truncating first makes the saved value the
		// stored one
		Instant createdAt = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		Row row = new Row(id, createdAt, plan.mode().name(), plan.minutes(), deflated(plan));
		insert(row);
		return new StoredPlan(id, createdAt, plan);
	}

	private void insert(Row row) {
		this.jdbc
			.sql("INSERT INTO session_plan (id, created_at, last_used_at, mode, minutes, plan_deflated) "
					+ "VALUES (:id, :createdAt, :createdAt, :mode, :minutes, :planDeflated)")
			.param("id", row.id())
			.param("createdAt", row.createdAt().atOffset(ZoneOffset.UTC))
			.param("mode", row.mode())
			.param("minutes", row.minutes())
			.param("planDeflated", row.planDeflated())
			.update();
	}

	@Override
	public Optional<StoredPlan> find(UUID id) {
		return this.jdbc.sql("SELECT created_at, plan_deflated FROM session_plan WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> new StoredPlan(id, rs.getObject("created_at", OffsetDateTime.class).toInstant(),
					inflated(rs.getBytes("plan_deflated"))))
			.optional();
	}

	@Override
	public Optional<StoredPlan> open(UUID id) {
		Optional<Opened> opened = this.jdbc
			.sql("SELECT created_at, last_used_at, plan_deflated FROM session_plan WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> new Opened(rs.getObject("created_at", OffsetDateTime.class).toInstant(),
					rs.getObject("last_used_at", OffsetDateTime.class).toInstant(), rs.getBytes("plan_deflated")))
			.optional();
		if (opened.isEmpty()) {
			return Optional.empty();
		}
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		if (opened.get().lastUsedAt().isBefore(now.minus(this.retention.recordUseEvery()))) {
			int written = this.jdbc.sql("UPDATE session_plan SET last_used_at = :now WHERE id = :id")
				.param("now", now.atOffset(ZoneOffset.UTC))
				.param("id", id)
				.update();
			if (written == 0) {
				// deleted by the expiry job since it was read: it is gone for this caller
				// too
				return Optional.empty();
			}
		}
		return Optional.of(new StoredPlan(id, opened.get().createdAt(), inflated(opened.get().planDeflated())));
	}

	/** A plan's row as {@link #open} reads it. */
	private record Opened(Instant createdAt, Instant lastUsedAt, byte[] planDeflated) {
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

	/** A plan as its row holds it. */
	private record Row(UUID id, Instant createdAt, String mode, int minutes, byte[] planDeflated) {
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
