package db.migration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Plans are kept deflated (zlib, fastest level) in {@code plan_deflated BYTEA} instead of
 * as JSON text in {@code plan_json VARCHAR(1000000)}: a ~15 KB plan shrinks to a few KB,
 * and that is what H2 or PostgreSQL has to write and read back. Existing rows are
 * converted here, then {@code plan_json} is dropped. So is {@code version}: plans never
 * change once saved, it was 0 in every row (an optimistic-locking column of the Spring
 * Data repository that stored them, which only ever inserted).
 * <p>
 * A Java migration because SQL cannot deflate on both databases. It is deliberately
 * self-contained (it does not call the application's store): it must keep doing exactly
 * this even when the store changes later. Same SQL for H2 (MODE=PostgreSQL) and
 * PostgreSQL.
 */
public class V6__Deflate_session_plans extends BaseJavaMigration {

	private static final int BATCH = 200;

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("ALTER TABLE session_plan ADD COLUMN plan_deflated BYTEA");
		}
		try (Statement select = connection.createStatement();
				PreparedStatement update = connection
					.prepareStatement("UPDATE session_plan SET plan_deflated = ? WHERE id = ?")) {
			// PostgreSQL streams the rows in chunks (inside Flyway's transaction) instead
			// of
			// loading every plan at once
			select.setFetchSize(BATCH);
			try (ResultSet rows = select.executeQuery("SELECT id, plan_json FROM session_plan")) {
				int pending = 0;
				while (rows.next()) {
					update.setBytes(1, deflated(rows.getString("plan_json")));
					update.setObject(2, rows.getObject("id"));
					update.addBatch();
					if (++pending == BATCH) {
						update.executeBatch();
						pending = 0;
					}
				}
				if (pending > 0) {
					update.executeBatch();
				}
			}
		}
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("ALTER TABLE session_plan ALTER COLUMN plan_deflated SET NOT NULL");
			ddl.execute("ALTER TABLE session_plan DROP COLUMN plan_json");
			ddl.execute("ALTER TABLE session_plan DROP COLUMN version");
		}
	}

	public static byte[] deflated(String json) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
		Deflater deflater = new Deflater(Deflater.BEST_SPEED);
		try (DeflaterOutputStream out = new DeflaterOutputStream(bytes, deflater)) {
			out.write(json.getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deflater.end();
		}
		return bytes.toByteArray();
	}

}
