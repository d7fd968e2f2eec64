package org.easeback.reliability;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.easeback.support.Http;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in request writes its session's last-access time when the answer starts and
 * the stored one is a minute old or more (account.config.QuietAccessSessions). Two
 * requests of one person at once (two tabs, a page and its scripts) write the same row;
 * when the other one holds it a while (a long collection pause, a busy host), the page
 * must wait for it, as it would on PostgreSQL, not fail after H2's default 2 s lock
 * timeout (the soak of round 5 saw one such 500 in 51,982 requests).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionRowLockOnH2Tests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aPageWaitsForAnotherRequestHoldingItsSessionRowInsteadOfFailing() throws Exception {
		String email = "lock-" + UUID.randomUUID() + "@example.org";
		Http http = new Http(this.port);
		http.registerAndSignIn(email, "a calm quiet river");
		// the last access is two minutes old, so the page writes the row
		this.jdbc.update("UPDATE spring_session SET last_access_time = last_access_time - 120000, "
				+ "expiry_time = expiry_time - 120000 WHERE principal_name = ?", email);
		CountDownLatch locked = new CountDownLatch(1);
		ExecutorService other = Executors.newSingleThreadExecutor();
		try {
			Future<?> holder = other.submit(() -> new TransactionTemplate(this.transactions).executeWithoutResult(s -> {
				this.jdbc.update(
						"UPDATE spring_session SET last_access_time = last_access_time WHERE principal_name = ?",
						email);
				locked.countDown();
				pause(3_000);
			}));
			assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

			HttpResponse<String> page = http.get("/diary", "text/html");

			holder.get(10, TimeUnit.SECONDS);
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("How is your back now?");
		}
		finally {
			other.shutdownNow();
		}
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
