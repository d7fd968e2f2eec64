package org.easeback.account.config;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.easeback.support.Http;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in page writes its session's last-access time only when the stored one is a
 * minute old or more (the session lasts 8 hours), so pages a person opens one after the
 * other read their session and write nothing; signing in and a stale last access are
 * still written at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionAccessWritesTests {

	private static final long EIGHT_HOURS_MS = 8 * 3600 * 1000L;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private Http http;

	@Test
	void pagesWithinAMinuteOfTheLastWriteLeaveTheSessionRowAlone() {
		String email = signedIn();
		Map<String, Object> before = row(email);

		assertThat(this.http.get("/diary", "text/html").statusCode()).isEqualTo(200);
		assertThat(this.http.get("/account", "text/html").statusCode()).isEqualTo(200);
		assertThat(this.http.get("/api/v1/diary/summary", "application/json").statusCode()).isEqualTo(200);

		assertThat(row(email)).isEqualTo(before);
	}

	@Test
	void aPageAMinuteOrMoreAfterTheLastWriteRecordsTheAccessAndMovesTheExpiry() {
		String email = signedIn();
		this.jdbc.update("UPDATE spring_session SET last_access_time = last_access_time - 120000, "
				+ "expiry_time = expiry_time - 120000 WHERE principal_name = ?", email);
		long stale = ((Number) row(email).get("LAST_ACCESS_TIME")).longValue();
		long start = System.currentTimeMillis();

		HttpResponse<String> page = this.http.get("/diary", "text/html");

		assertThat(page.statusCode()).isEqualTo(200);
		Map<String, Object> after = row(email);
		long written = ((Number) after.get("LAST_ACCESS_TIME")).longValue();
		assertThat(written).isGreaterThan(stale).isGreaterThanOrEqualTo(start - 1_000);
		assertThat(((Number) after.get("EXPIRY_TIME")).longValue()).isEqualTo(written + EIGHT_HOURS_MS);
	}

	@Test
	void signingInIsWrittenAtOnceUnderANewSessionId() {
		Http http = new Http(this.port);
		http.get("/login", "text/html");
		String email = "access-" + UUID.randomUUID() + "@example.org";

		http.registerAndSignIn(email, "a calm quiet river");

		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM spring_session WHERE principal_name = ?",
				Integer.class, email))
			.isEqualTo(1);
		assertThat(http.get("/diary", "text/html").statusCode()).isEqualTo(200);
	}

	private String signedIn() {
		this.http = new Http(this.port);
		String email = "access-" + UUID.randomUUID() + "@example.org";
		this.http.registerAndSignIn(email, "a calm quiet river");
		return email;
	}

	private Map<String, Object> row(String email) {
		return this.jdbc.queryForMap(
				"SELECT session_id, last_access_time, expiry_time FROM spring_session WHERE principal_name = ?", email);
	}

}
