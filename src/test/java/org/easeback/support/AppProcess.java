package org.easeback.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

/**
 * EaseBack as a separate JVM, started from the application's own classes and runtime
 * libraries (the test JVM's class path without the test classes), for tests that must
 * kill it, restart it or run two of it: crash consistency, two processes on one database,
 * backup and restore.
 * <p>
 * Ports: a free ephemeral port, or, when the system property
 * {@code easeback.it.port-base} is set, the first free one of the ten from there.
 */
public final class AppProcess implements AutoCloseable {

	/** How long a start may take on a busy machine before the test gives up. */
	private static final Duration START_LIMIT = Duration.ofSeconds(240);

	private static final HttpClient PROBE = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private static final java.util.concurrent.atomic.AtomicInteger nextPort = new java.util.concurrent.atomic.AtomicInteger();

	private final Process process;

	private final int port;

	private final Path log;

	private AppProcess(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/**
	 * Starts EaseBack on the H2 file database in {@code dataDir} and waits until it
	 * answers.
	 */
	public static AppProcess onH2(Path dataDir, Path log) {
		return start(log, List.of("--EASEBACK_DATA_DIR=" + dataDir.toAbsolutePath()));
	}

	/**
	 * Starts EaseBack with the production {@code postgres} profile on the given database
	 * (see {@link #newPostgresDatabase()}) and waits until it answers.
	 */
	public static AppProcess onPostgres(String jdbcUrl, Path log) {
		return start(log, List.of("--spring.profiles.active=postgres", "--POSTGRES_URL=" + jdbcUrl,
				"--POSTGRES_USER=postgres", "--POSTGRES_PASSWORD=postgres"));
	}

	/**
	 * A new empty database on the test JVM's embedded PostgreSQL; the lease ends with
	 * {@link #releasePostgres()}.
	 */
	public static String newPostgresDatabase() {
		return EmbeddedPostgresServer.newDatabase();
	}

	/** Gives back a lease taken by {@link #newPostgresDatabase()}. */
	public static void releasePostgres() {
		EmbeddedPostgresServer.release();
	}

	private static AppProcess start(Path log, List<String> settings) {
		int port = freePort();
		List<String> command = new ArrayList<>();
		command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
		// quick start, small heap: these processes live for seconds
		command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-Xshare:auto"));
		command.addAll(List.of("-cp", applicationClassPath(), "org.easeback.EaseBackApplication"));
		command.add("--server.port=" + port);
		command.add("--server.address=127.0.0.1");
		// these processes test durability under many writes from 127.0.0.1, not the
		// limits
		command.add("--easeback.rate-limits.enabled=false");
		command.addAll(settings);
		try {
			Files.createDirectories(log.getParent());
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.start();
			AppProcess app = new AppProcess(process, port, log);
			app.awaitReady();
			return app;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public int port() {
		return this.port;
	}

	public long pid() {
		return this.process.pid();
	}

	/**
	 * Kills the process with SIGKILL ({@link Process#destroyForcibly()} on Linux): no
	 * shutdown hook, no pool close, no flush. Returns the exit code (137 = 128 + 9).
	 */
	public int kill() {
		this.process.destroyForcibly();
		return awaitExit();
	}

	/** Stops the process with SIGTERM (a graceful shutdown) and returns its exit code. */
	public int stop() {
		this.process.destroy();
		return awaitExit();
	}

	private int awaitExit() {
		try {
			if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			}
			return this.process.exitValue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		if (this.process.isAlive()) {
			stop();
		}
	}

	private void awaitReady() {
		long deadline = System.nanoTime() + START_LIMIT.toNanos();
		HttpRequest probe = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/health/liveness"))
			.timeout(Duration.ofSeconds(5))
			.build();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("EaseBack exited with " + this.process.exitValue()
						+ " while starting; log: " + this.log + "\n" + tail());
			}
			try {
				if (PROBE.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep(250);
		}
		this.process.destroyForcibly();
		throw new IllegalStateException("EaseBack did not start within " + START_LIMIT + "; log: " + this.log);
	}

	private String tail() {
		try {
			List<String> lines = Files.readAllLines(this.log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(log unreadable: " + ex.getMessage() + ")";
		}
	}

	/**
	 * The application's class path: what the test JVM runs with, minus the test classes
	 * (they are in the same packages and would be component-scanned). Surefire may start
	 * the test JVM with a manifest-only jar; its {@code Class-Path} is read then.
	 */
	static String applicationClassPath() {
		String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		List<String> entries = new ArrayList<>();
		for (String entry : path.split(File.pathSeparator)) {
			if (entry.isBlank()) {
				continue;
			}
			if (entry.contains("surefirebooter")) {
				entries.addAll(manifestClassPath(entry));
			}
			else {
				entries.add(entry);
			}
		}
		return entries.stream()
			.filter(e -> !e.replace('\\', '/').endsWith("test-classes")
					&& !e.replace('\\', '/').endsWith("test-classes/"))
			.filter(e -> !e.contains("surefire"))
			.collect(Collectors.joining(File.pathSeparator));
	}

	private static List<String> manifestClassPath(String jar) {
		try (JarFile file = new JarFile(jar)) {
			Manifest manifest = file.getManifest();
			String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
			if (classPath == null) {
				return List.of();
			}
			return Arrays.stream(classPath.trim().split("\\s+")).map(u -> Paths.get(URI.create(u)).toString()).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int freePort() {
		String base = System.getProperty("easeback.it.port-base");
		if (base == null) {
			try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
				return socket.getLocalPort();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		int first = Integer.parseInt(base);
		for (int i = 0; i < 10; i++) {
			// round robin, so two processes started together never pick the same one
			int port = first + Math.floorMod(nextPort.getAndIncrement(), 10);
			try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
				return port;
			}
			catch (IOException ex) {
				// taken, try the next
			}
		}
		throw new IllegalStateException("no free port in " + first + "–" + (first + 9));
	}

	/** Environment-free helper for tests that wait for something. */
	public static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
