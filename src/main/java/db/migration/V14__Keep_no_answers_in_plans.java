package db.migration;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.zip.InflaterInputStream;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plans saved before this version carry, in their notes, the safety check's reasons in
 * the person's own terms ("During pregnancy (20 weeks)…", the allergies they typed, how
 * many weeks the pain has lasted), and anyone holding a plan's link can read them. Newer
 * plans note only the changes. The old notes cannot be turned into the new ones (the plan
 * does not keep the changes they came from), so they are emptied; the steps themselves
 * already obey every change.
 * <p>
 * Self-contained like {@link V6__Deflate_session_plans}, whose deflate it reuses: it must
 * keep doing exactly this when the store changes later. Same SQL for H2 and PostgreSQL.
 */
public class V14__Keep_no_answers_in_plans extends BaseJavaMigration {

	private static final int BATCH = 200;

	private final JsonMapper json = JsonMapper.builder().build();

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (Statement select = connection.createStatement();
				PreparedStatement update = connection
					.prepareStatement("UPDATE session_plan SET plan_deflated = ? WHERE id = ?")) {
			select.setFetchSize(BATCH);
			try (ResultSet rows = select.executeQuery("SELECT id, plan_deflated FROM session_plan")) {
				int pending = 0;
				while (rows.next()) {
					JsonNode plan = this.json.readTree(inflated(rows.getBytes("plan_deflated")));
					JsonNode notes = plan.get("notes");
					if (!(plan instanceof ObjectNode object) || notes == null || notes.isEmpty()) {
						continue;
					}
					object.putArray("notes");
					update.setBytes(1, V6__Deflate_session_plans.deflated(this.json.writeValueAsString(object)));
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
	}

	private static byte[] inflated(byte[] deflated) {
		try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(deflated))) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
