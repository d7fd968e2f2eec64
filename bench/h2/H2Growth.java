import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.Random;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;

/**
 * How an H2 file grows under many small commits: one 4.6 KB row (a deflated plan) per
 * commit, as fast as one thread can, for WRITE seconds; then nothing for PAUSE seconds
 * (longer than H2's 45 s chunk retention); then writing again for WRITE seconds. Every 10 s
 * it prints the rows written, the file size and how many chunks H2 keeps in its heap (its
 * FileStore's chunk map, read by reflection). Arguments: the URL options after the file
 * name (EaseBack's are ";WRITE_DELAY=0"), WRITE seconds, PAUSE seconds.
 */
public class H2Growth {

	public static void main(String[] args) throws Exception {
		String options = args[0];
		long write = Long.parseLong(args[1]) * 1000;
		long pause = Long.parseLong(args[2]) * 1000;
		Path dir = Files.createTempDirectory("h2-growth");
		String url = "jdbc:h2:file:" + dir + "/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" + options;
		try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
			connection.createStatement()
				.execute("CREATE TABLE plan (id UUID PRIMARY KEY, created_at TIMESTAMP, body VARBINARY(100000))");
			MVStore store = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase()
				.getStore()
				.getMvStore();
			PreparedStatement insert = connection
				.prepareStatement("INSERT INTO plan VALUES (RANDOM_UUID(), CURRENT_TIMESTAMP, ?)");
			byte[] body = new byte[4600];
			new Random(1).nextBytes(body);
			long start = System.currentTimeMillis();
			long rows = 0;
			long report = start + 10_000;
			for (long t = 0; t < 2 * write + pause; t = System.currentTimeMillis() - start) {
				if (t < write || t >= write + pause) {
					insert.setBytes(1, body);
					insert.executeUpdate();
					rows++;
				}
				else {
					Thread.sleep(10);
				}
				if (System.currentTimeMillis() >= report) {
					report += 10_000;
					System.out.printf("t=%3d s  %s  rows=%7d  file=%6d MB  (%.0f KB per row)  chunks in heap=%d%n",
							t / 1000, t < write || t >= write + pause ? "writing" : "idle   ", rows,
							Files.size(dir.resolve("db.mv.db")) >> 20,
							Files.size(dir.resolve("db.mv.db")) / 1024.0 / Math.max(rows, 1), chunks(store));
				}
			}
		}
		finally {
			try (var files = Files.list(dir)) {
				for (Path file : files.toList()) {
					Files.delete(file);
				}
			}
			Files.delete(dir);
		}
	}

	private static int chunks(MVStore store) throws ReflectiveOperationException {
		var field = FileStore.class.getDeclaredField("chunks");
		field.setAccessible(true);
		return ((Map<?, ?>) field.get(store.getFileStore())).size();
	}

}
