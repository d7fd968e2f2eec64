import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The diary at scale on PostgreSQL (run by bench/diary-pg.sh with the JDBC driver on the
 * class path): seeds USERS users x 365 entries (one a day, with areas and tags) and 50
 * guided sessions each, then prints EXPLAIN (ANALYZE, BUFFERS) of the statements behind
 * the diary summary and trend (GET /api/v1/diary/summary and /series: every entry of the
 * user, its areas and tags, every guided session) and times them for random users.
 * The statements are the ones the app sends (Spring Data JDBC loads an entry's areas and
 * tags with one query each per entry); the batched form is timed alongside.
 * Usage: java -cp postgresql.jar DiaryScale.java JDBC_URL [USERS] [SAMPLES]
 */
public class DiaryScale {

	static final String ENTRIES = "SELECT id, username, taken_at, pain, peg_average, peg_enjoyment, peg_activity, note, "
			+ "version FROM diary_entry WHERE username = ? ORDER BY taken_at ASC, id ASC";

	static final String REGIONS = "SELECT region, intensity FROM diary_entry_region WHERE diary_entry = ?";

	static final String TAGS = "SELECT tag FROM diary_entry_tag WHERE diary_entry = ?";

	static final String REGIONS_BATCH = "SELECT diary_entry, region, intensity FROM diary_entry_region WHERE diary_entry = ANY (?)";

	static final String TAGS_BATCH = "SELECT diary_entry, tag FROM diary_entry_tag WHERE diary_entry = ANY (?)";

	static final String SESSIONS = "SELECT id, plan_id, mode, minutes, technique_ids, pain_before, pain_after, stopped, "
			+ "stop_pain, sharp, feedback, finished_at FROM diary_session WHERE username = ? ORDER BY finished_at, id";

	static final String RECENT = ENTRIES.replace("WHERE username = ?", "WHERE username = ? AND taken_at >= now() - interval '90 days'");

	public static void main(String[] args) throws Exception {
		String url = args[0];
		int users = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
		int samples = args.length > 2 ? Integer.parseInt(args[2]) : 500;
		try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
			seed(c, users);
			String someone = "user42@example.org";
			explain(c, "entries of one user (summary, trend)", ENTRIES, someone);
			explain(c, "areas of one entry (once per entry)", REGIONS.replace("?", firstEntry(c, someone)), null);
			explain(c, "guided sessions of one user", SESSIONS, someone);
			explain(c, "entries of the last 90 days of one user", RECENT, someone);
			Random random = new Random(1);
			time(c, "summary/trend statements as the app sends them (1 + 2 per entry + 1)", samples, users, random, false);
			time(c, "same data, areas and tags batched (4 statements)", samples, users, random, true);
		}
	}

	static void seed(Connection c, int users) throws Exception {
		try (Statement s = c.createStatement()) {
			ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM diary_entry");
			rs.next();
			long have = rs.getLong(1);
			if (have >= (long) users * 365) {
				System.out.println("already seeded: " + have + " entries");
				return;
			}
			long t0 = System.nanoTime();
			s.execute("INSERT INTO diary_entry (username, taken_at, pain, peg_average, peg_enjoyment, peg_activity, note, "
					+ "version) SELECT 'user' || u || '@example.org', now() - d * interval '1 day' - (u % 12) * interval "
					+ "'1 hour', (u * 7 + d * 3) % 11, CASE WHEN d % 3 = 0 THEN (u + d) % 11 END, CASE WHEN d % 3 = 0 "
					+ "THEN (u + 2 * d) % 11 END, CASE WHEN d % 3 = 0 THEN (2 * u + d) % 11 END, CASE WHEN d % 10 = 0 "
					+ "THEN 'Stiff after the drive home.' END, 0 FROM generate_series(1, " + users
					+ ") u, generate_series(1, 365) d");
			s.execute("INSERT INTO diary_entry_region (diary_entry, region, intensity) SELECT id, CASE id % 3 WHEN 0 "
					+ "THEN 'LUMBAR_LEFT' WHEN 1 THEN 'LUMBAR_RIGHT' ELSE 'SACRUM' END, pain FROM diary_entry");
			s.execute("INSERT INTO diary_entry_tag (diary_entry, tag) SELECT id, CASE id % 4 WHEN 0 THEN 'MORNING' "
					+ "WHEN 1 THEN 'EVENING' ELSE 'AFTER_SITTING' END FROM diary_entry WHERE id % 2 = 0");
			s.execute("INSERT INTO diary_session (username, plan_id, mode, minutes, technique_ids, pain_before, "
					+ "pain_after, stopped, stop_pain, sharp, feedback, finished_at) SELECT 'user' || u || '@example.org', "
					+ "gen_random_uuid(), 'PARTNER', 15, 'effleurage-glide,petrissage-kneading', 6, 4, false, NULL, NULL, "
					+ "'', now() - k * interval '7 days' FROM generate_series(1, " + users
					+ ") u, generate_series(1, 50) k");
			s.execute("ANALYZE");
			System.out.printf("seeded %d users x 365 entries (+ areas, tags, 50 sessions each) in %.0f s%n", users,
					(System.nanoTime() - t0) / 1e9);
		}
	}

	static String firstEntry(Connection c, String user) throws Exception {
		try (PreparedStatement p = c.prepareStatement("SELECT MIN(id) FROM diary_entry WHERE username = ?")) {
			p.setString(1, user);
			ResultSet rs = p.executeQuery();
			rs.next();
			return rs.getString(1);
		}
	}

	static void explain(Connection c, String title, String sql, String user) throws Exception {
		System.out.println("\n### EXPLAIN (ANALYZE, BUFFERS): " + title + "\n" + sql);
		try (PreparedStatement p = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
			if (user != null) {
				p.setString(1, user);
			}
			ResultSet rs = p.executeQuery();
			while (rs.next()) {
				System.out.println("    " + rs.getString(1));
			}
		}
	}

	static void time(Connection c, String title, int samples, int users, Random random, boolean batched)
			throws Exception {
		List<Double> ms = new ArrayList<>();
		long rows = 0;
		try (PreparedStatement entries = c.prepareStatement(ENTRIES);
				PreparedStatement regions = c.prepareStatement(batched ? REGIONS_BATCH : REGIONS);
				PreparedStatement tags = c.prepareStatement(batched ? TAGS_BATCH : TAGS);
				PreparedStatement sessions = c.prepareStatement(SESSIONS)) {
			for (int i = 0; i < samples + 50; i++) {
				String user = "user" + (1 + random.nextInt(users)) + "@example.org";
				long t0 = System.nanoTime();
				entries.setString(1, user);
				List<Long> ids = new ArrayList<>();
				try (ResultSet rs = entries.executeQuery()) {
					while (rs.next()) {
						ids.add(rs.getLong(1));
					}
				}
				if (batched) {
					Object[] array = ids.toArray();
					regions.setArray(1, c.createArrayOf("bigint", array));
					rows += drain(regions.executeQuery());
					tags.setArray(1, c.createArrayOf("bigint", array));
					rows += drain(tags.executeQuery());
				}
				else {
					for (Long id : ids) {
						regions.setLong(1, id);
						rows += drain(regions.executeQuery());
						tags.setLong(1, id);
						rows += drain(tags.executeQuery());
					}
				}
				sessions.setString(1, user);
				rows += drain(sessions.executeQuery());
				if (i >= 50) { // the first 50 warm up
					ms.add((System.nanoTime() - t0) / 1e6);
				}
			}
		}
		Collections.sort(ms);
		System.out.printf("%nTIMING %s: %d random users, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms (%d child rows)%n",
				title, ms.size(), pct(ms, 50), pct(ms, 90), pct(ms, 99), ms.get(ms.size() - 1), rows);
	}

	static double pct(List<Double> sorted, int p) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
	}

	static int drain(ResultSet rs) throws Exception {
		int n = 0;
		try (rs) {
			while (rs.next()) {
				n++;
			}
		}
		return n;
	}

}
