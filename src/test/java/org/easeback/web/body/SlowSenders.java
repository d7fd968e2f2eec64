package org.easeback.web.body;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Clients on raw sockets to 127.0.0.1 that each send a POST and then its body one byte at
 * a time, slowly; when the server answers or closes, they start again. In turn: JSON with
 * a Content-Length, chunked JSON, and a sign-in form. They stop when closed.
 */
final class SlowSenders implements AutoCloseable {

	private static final int BODY_BYTES = 10_000;

	/**
	 * What each kind sends at a time: JSON white space, a chunk of one byte, a letter.
	 */
	private static final byte[][] BYTE = { { ' ' }, "1\r\n \r\n".getBytes(StandardCharsets.US_ASCII), { 'a' } };

	private final int port;

	private final Duration interval;

	private final ExecutorService threads;

	private final List<Socket> open = new ArrayList<>();

	private volatile boolean stopped;

	private final AtomicInteger requests = new AtomicInteger();

	private final AtomicLong bytes = new AtomicLong();

	private final Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();

	private SlowSenders(int port, int clients, Duration interval) {
		this.port = port;
		this.interval = interval;
		this.threads = Executors.newFixedThreadPool(clients);
		for (int i = 0; i < clients; i++) {
			int kind = i % 3;
			this.threads.submit(() -> run(kind));
		}
	}

	static SlowSenders start(int port, int clients, Duration interval) {
		return new SlowSenders(port, clients, interval);
	}

	int requests() {
		return this.requests.get();
	}

	long bytes() {
		return this.bytes.get();
	}

	/** Status lines the server answered with, and how often. */
	Map<String, Integer> answers() {
		Map<String, Integer> copy = new java.util.TreeMap<>();
		this.answers.forEach((k, v) -> copy.put(k, v.get()));
		return copy;
	}

	private void run(int kind) {
		while (!this.stopped) {
			try (Socket socket = new Socket()) {
				register(socket);
				socket.connect(new InetSocketAddress("127.0.0.1", this.port), 2000);
				OutputStream out = socket.getOutputStream();
				InputStream in = socket.getInputStream();
				out.write(head(kind).getBytes(StandardCharsets.US_ASCII));
				out.flush();
				this.requests.incrementAndGet();
				for (int i = 0; i < BODY_BYTES && !this.stopped; i++) {
					if (in.available() > 0) {
						break;
					}
					out.write(BYTE[kind]);
					out.flush();
					this.bytes.incrementAndGet();
					Thread.sleep(this.interval.toMillis());
				}
				recordAnswer(in);
			}
			catch (IOException ex) {
				pause();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private synchronized void register(Socket socket) {
		this.open.add(socket);
		this.open.removeIf(Socket::isClosed);
	}

	private void recordAnswer(InputStream in) throws IOException {
		if (in.available() > 0) {
			byte[] line = new byte[12];
			int n = in.readNBytes(line, 0, line.length);
			this.answers
				.computeIfAbsent(new String(line, 0, n, StandardCharsets.US_ASCII).trim(), (k) -> new AtomicInteger())
				.incrementAndGet();
		}
		pause();
	}

	private void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private String head(int kind) {
		String host = "Host: 127.0.0.1:" + this.port + "\r\n";
		return switch (kind) {
			case 0 -> "POST /api/v1/plans HTTP/1.1\r\n" + host + "Content-Type: application/json\r\nContent-Length: "
					+ BODY_BYTES + "\r\n\r\n";
			case 1 -> "POST /api/v1/safety-checks HTTP/1.1\r\n" + host
					+ "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
			default -> "POST /login HTTP/1.1\r\n" + host
					+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + BODY_BYTES + "\r\n\r\n";
		};
	}

	@Override
	public void close() throws InterruptedException {
		this.stopped = true;
		synchronized (this) {
			for (Socket socket : this.open) {
				try {
					socket.close();
				}
				catch (IOException ex) {
					// closing anyway
				}
			}
		}
		this.threads.shutdownNow();
		this.threads.awaitTermination(10, TimeUnit.SECONDS);
	}

}
