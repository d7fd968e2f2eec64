package org.easeback.web.body;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Ten clients on 127.0.0.1 send request bodies one byte a second (JSON, chunked JSON, the
 * sign-in form), starting again whenever they are answered, while health and a page must
 * keep answering within a second. Runs for {@value #ABUSE_SECONDS} s, then closes its
 * sockets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// the slow sign-in forms are failed sign-ins from 127.0.0.1 for the login throttle
@DirtiesContext
class SlowClientsTests {

	private static final Logger log = LoggerFactory.getLogger(SlowClientsTests.class);

	static final int CLIENTS = 10;

	static final int ABUSE_SECONDS = 15;

	private static final Duration ANSWER_BOUND = Duration.ofSeconds(1);

	@LocalServerPort
	int port;

	@Test
	void tenClientsSendingBodiesSlowlyDoNotStopHealthOrAPageFromAnswering() throws Exception {
		HttpClient client = HttpClient.newBuilder().connectTimeout(ANSWER_BOUND).build();
		int checks = 0;
		warmUp(client);
		try (SlowSenders senders = SlowSenders.start(this.port, CLIENTS, Duration.ofSeconds(1))) {
			// let them take whatever the server gives them
			Thread.sleep(2000);
			long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(ABUSE_SECONDS);
			while (System.nanoTime() < end) {
				for (String path : new String[] { "/actuator/health", "/library" }) {
					assertThat(answer(client, path)).as("status of %s", path).isEqualTo(200);
					checks++;
				}
				Thread.sleep(250);
			}
			log.info("Slow clients: {} requests started, {} body bytes sent, answers {}; {} checks answered",
					senders.requests(), senders.bytes(), senders.answers(), checks);
			assertThat(senders.bytes()).as("bytes the slow clients sent").isGreaterThan(CLIENTS * 10L);
		}
	}

	/** A page's first views compile its code: that is not what the bound is about. */
	private void warmUp(HttpClient client) throws Exception {
		for (int i = 0; i < 5; i++) {
			for (String path : new String[] { "/actuator/health", "/library" }) {
				client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
						HttpResponse.BodyHandlers.discarding());
			}
		}
	}

	private int answer(HttpClient client, String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(ANSWER_BOUND)
			.GET()
			.build();
		try {
			return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (HttpTimeoutException ex) {
			return fail("%s gave no answer within %s while slow clients sent bodies", path, ANSWER_BOUND);
		}
	}

}
