import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The diary at scale on PostgreSQL (run by bench/diary-pg.sh with the JDBC driver on the
 * class path): seeds USERS users x 365 entries (one a day, with areas and tags) and 50
 * guided sessions each, then prints EXPLAIN (ANALYZE, BUFFERS) of the statements behind
 * the diary summary and trend (GET /api/v1/diary/summary, /series and the /diary page)
 * and times them for random users.
 * <p>
 * The statements are the ones the app sends (org.easeback.diary.EntryReads,
 * GuidedSessionRepository, EpisodeRepository): the summary reads the entries of the last
 * 90 days and the latest 3, each set's areas and tags in one IN (...) statement, the
 * sessions with both scores, the current episode and two COUNT(*); the trend reads the
 * pain points of the window and the sessions of the window. The old way (every entry,
 * one statement per entry for its areas and one for its tags) is timed alongside as the
 * "before".
 * Usage: java -cp postgresql.jar DiaryScale.java JDBC_URL [USERS] [SAMPLES]
 */
public class DiaryScale {

	static final String COLUMNS = "id, version, taken_at, pain, peg_average, peg_enjoyment, peg_activity, note";

	// before: what Spring Data JDBC sent for every entry of the user
	static final String ENTRIES = "SELECT id, username, taken_at, pain, peg_average, peg_enjoyment, peg_activity, note, "
			+ "version FROM diary_entry WHERE username = ? ORDER BY taken_at ASC, id ASC";

	static final String REGIONS = "SELECT region, intensity FROM diary_entry_region WHERE diary_entry = ?";

	static final String TAGS = "SELECT tag FROM diary_entry_tag WHERE diary_entry = ?";

	static final String SESSIONS = "SELECT id, plan_id, mode, minutes, technique_ids, pain_before, pain_after, stopped, "
			+ "stop_pain, sharp, feedback, finished_at FROM diary_session WHERE username = ? ORDER BY finished_at, id";

	// now: EntryReads.since / latest, the children batched, and the rest of the summary
	static final String WINDOW = "SELECT " + COLUMNS + " FROM diary_entry WHERE username = ? AND taken_at >= ? "
			+ "ORDER BY taken_at ASC, id ASC";

	static final String LATEST = "SELECT " + COLUMNS + " FROM diary_entry WHERE username = ? "
			+ "ORDER BY username, taken_at DESC, id DESC OFFSET 0 ROWS FETCH FIRST ? ROWS ONLY";

	static final String REGIONS_IN = "SELECT diary_entry, region, intensity FROM diary_entry_region WHERE diary_entry IN (%s)";

	static final String TAGS_IN = "SELECT diary_entry, tag FROM diary_entry_tag WHERE diary_entry IN (%s)";

	static final String SCORED = "SELECT id, plan_id, mode, minutes, technique_ids, pain_before, pain_after, stopped, "
			+ "stop_pain, sharp, feedback, finished_at FROM diary_session WHERE username = ? AND pain_before IS NOT NULL "
			+ "AND pain_after IS NOT NULL ORDER BY finished_at, id";

	static final String EPISODES = "SELECT id, onset, ended_on FROM diary_episode WHERE username = ? ORDER BY onset DESC, id DESC";

	static final String COUNT_ENTRIES = "SELECT COUNT(*) FROM diary_entry WHERE username = ?";

	static final String COUNT_SESSIONS = "SELECT COUNT(*) FROM diary_session WHERE username = ?";

	// the trend: EntryReads.painSince and GuidedSessionRepository.since
	static final String PAIN_SINCE = "SELECT taken_at, pain FROM diary_entry WHERE username = ? AND taken_at >= ? "
			+ "ORDER BY taken_at ASC, id ASC";

	static final String SESSIONS_SINCE = SESSIONS.replace("WHERE username = ?",
			"WHERE username = ? AND finished_at >= ?");

	public static void main(String[] args) throws Exception {
		String url = args[0];
		int users = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
		int samples = args.length > 2 ? Integer.parseInt(args[2]) : 500;
		try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
			seed(c, users);
			String someone = "user42@example.org";
			Timestamp from = Timestamp.from(Instant.now().minus(Duration.ofDays(90)));
			explain(c, "summary: entries of the last 90 days of one user", WINDOW, someone, from);
			explain(c, "summary: the latest 3 entries of one user", LATEST, someone, 3);
			String ids = String.join(", ", window(c, someone, from).stream().map(String::valueOf).toList());
			explain(c, "summary: areas of those entries (one statement)", REGIONS_IN.formatted(ids));
			explain(c, "summary: tags of those entries (one statement)", TAGS_IN.formatted(ids));
			explain(c, "summary: sessions with both scores", SCORED, someone);
			explain(c, "summary: episodes", EPISODES, someone);
			explain(c, "summary and page: COUNT(*) of entries", COUNT_ENTRIES, someone);
			explain(c, "trend: pain points of the last 90 days", PAIN_SINCE, someone, from);
			explain(c, "trend: sessions of the last 90 days", SESSIONS_SINCE, someone, from);
			Random random = new Random(1);
			timeBefore(c, "before: every entry, 1 + 2 per entry + 1 statements", samples, users, random);
			timeSummary(c, "summary as the app sends it now (10 statements)", samples, users, random);
			timeTrend(c, "trend (series?days=90) as the app sends it now (2 statements)", samples, users, random);
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

	static List<Long> window(Connection c, String user, Timestamp from) throws Exception {
		List<Long> ids = new ArrayList<>();
		try (PreparedStatement p = c.prepareStatement(WINDOW)) {
			p.setString(1, user);
			p.setTimestamp(2, from);
			try (ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					ids.add(rs.getLong(1));
				}
			}
		}
		return ids;
	}

	static void explain(Connection c, String title, String sql, Object... params) throws Exception {
		System.out.println("\n### EXPLAIN (ANALYZE, BUFFERS): " + title + "\n" + sql);
		try (PreparedStatement p = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
			for (int i = 0; i < params.length; i++) {
				if (params[i] != null) {
					p.setObject(i + 1, params[i]);
				}
			}
			ResultSet rs = p.executeQuery();
			while (rs.next()) {
				System.out.println("    " + rs.getString(1));
			}
		}
	}

	static String user(Random random, int users) {
		return "user" + (1 + random.nextInt(users)) + "@example.org";
	}

	static void timeBefore(Connection c, String title, int samples, int users, Random random) throws Exception {
		List<Double> ms = new ArrayList<>();
		try (PreparedStatement entries = c.prepareStatement(ENTRIES);
				PreparedStatement regions = c.prepareStatement(REGIONS);
				PreparedStatement tags = c.prepareStatement(TAGS);
				PreparedStatement sessions = c.prepareStatement(SESSIONS)) {
			for (int i = 0; i < samples + 50; i++) {
				String user = user(random, users);
				long t0 = System.nanoTime();
				entries.setString(1, user);
				List<Long> ids = new ArrayList<>();
				try (ResultSet rs = entries.executeQuery()) {
					while (rs.next()) {
						ids.add(rs.getLong(1));
					}
				}
				for (Long id : ids) {
					regions.setLong(1, id);
					drain(regions.executeQuery());
					tags.setLong(1, id);
					drain(tags.executeQuery());
				}
				sessions.setString(1, user);
				drain(sessions.executeQuery());
				if (i >= 50) { // the first 50 warm up
					ms.add((System.nanoTime() - t0) / 1e6);
				}
			}
		}
		report(title, ms);
	}

	static void timeSummary(Connection c, String title, int samples, int users, Random random) throws Exception {
		List<Double> ms = new ArrayList<>();
		try (PreparedStatement window = c.prepareStatement(WINDOW);
				PreparedStatement latest = c.prepareStatement(LATEST);
				PreparedStatement scored = c.prepareStatement(SCORED);
				PreparedStatement episodes = c.prepareStatement(EPISODES);
				PreparedStatement countEntries = c.prepareStatement(COUNT_ENTRIES);
				PreparedStatement countSessions = c.prepareStatement(COUNT_SESSIONS)) {
			for (int i = 0; i < samples + 50; i++) {
				String user = user(random, users);
				long t0 = System.nanoTime();
				window.setString(1, user);
				window.setTimestamp(2, Timestamp.from(Instant.now().minus(Duration.ofDays(90))));
				children(c, ids(window.executeQuery()));
				latest.setString(1, user);
				latest.setInt(2, 3);
				children(c, ids(latest.executeQuery()));
				for (PreparedStatement p : List.of(scored, episodes, countEntries, countSessions)) {
					p.setString(1, user);
					drain(p.executeQuery());
				}
				if (i >= 50) {
					ms.add((System.nanoTime() - t0) / 1e6);
				}
			}
		}
		report(title, ms);
	}

	static void timeTrend(Connection c, String title, int samples, int users, Random random) throws Exception {
		List<Double> ms = new ArrayList<>();
		try (PreparedStatement points = c.prepareStatement(PAIN_SINCE);
				PreparedStatement sessions = c.prepareStatement(SESSIONS_SINCE)) {
			for (int i = 0; i < samples + 50; i++) {
				String user = user(random, users);
				long t0 = System.nanoTime();
				Timestamp from = Timestamp.from(Instant.now().minus(Duration.ofDays(90)));
				for (PreparedStatement p : List.of(points, sessions)) {
					p.setString(1, user);
					p.setTimestamp(2, from);
					drain(p.executeQuery());
				}
				if (i >= 50) {
					ms.add((System.nanoTime() - t0) / 1e6);
				}
			}
		}
		report(title, ms);
	}

	static List<Long> ids(ResultSet rs) throws Exception {
		List<Long> ids = new ArrayList<>();
		try (rs) {
			while (rs.next()) {
				ids.add(rs.getLong(1));
			}
		}
		return ids;
	}

	/** The areas and the tags of these entries, one IN (...) statement each, as the app. */
	static void children(Connection c, List<Long> ids) throws Exception {
		if (ids.isEmpty()) {
			return;
		}
		String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
		for (String sql : List.of(REGIONS_IN.formatted(marks), TAGS_IN.formatted(marks))) {
			try (PreparedStatement p = c.prepareStatement(sql)) {
				for (int i = 0; i < ids.size(); i++) {
					p.setLong(i + 1, ids.get(i));
				}
				drain(p.executeQuery());
			}
		}
	}

	static void report(String title, List<Double> ms) {
		Collections.sort(ms);
		System.out.printf("%nTIMING %s: %d random users, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n", title,
				ms.size(), pct(ms, 50), pct(ms, 90), pct(ms, 99), ms.get(ms.size() - 1));
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
