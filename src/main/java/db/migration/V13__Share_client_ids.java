package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The id a therapist's addresses name a client by: one per share, random, so an address
 * carries no email (which may hold "/" or "?", and would land in browser history and
 * proxy logs) and means nothing outside that therapist's link with that client. Shares
 * made before this column get theirs here.
 * <p>
 * A Java migration because no SQL function makes a random UUID on PostgreSQL and on H2 in
 * every mode (H2 knows {@code gen_random_uuid()} only in its PostgreSQL mode, and the
 * build's ahead-of-time processing runs on a plain in-memory H2).
 */
public class V13__Share_client_ids extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("ALTER TABLE handoff_share ADD COLUMN client_id UUID");
		}
		try (Statement select = connection.createStatement();
				PreparedStatement update = connection
					.prepareStatement("UPDATE handoff_share SET client_id = ? WHERE id = ?");
				ResultSet rows = select.executeQuery("SELECT id FROM handoff_share")) {
			while (rows.next()) {
				update.setObject(1, UUID.randomUUID());
				update.setLong(2, rows.getLong("id"));
				update.addBatch();
			}
			update.executeBatch();
		}
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("ALTER TABLE handoff_share ALTER COLUMN client_id SET NOT NULL");
			ddl.execute("ALTER TABLE handoff_share ADD CONSTRAINT handoff_share_client_id_uk UNIQUE (client_id)");
		}
	}

}
