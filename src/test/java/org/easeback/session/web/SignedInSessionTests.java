package org.easeback.session.web;

import java.net.http.HttpResponse;

import org.easeback.support.Http;
import org.easeback.support.RecordedSessions;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A guided session run while signed in lands in that person's diary with pain before and
 * after, the way the player's script sends it (session cookie plus CSRF header).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignedInSessionTests {

	@LocalServerPort
	int port;

	@Test
	void shouldRecordACompletedSessionInTheSignedInPersonsDiary() {
		Http http = new Http(this.port);
		http.registerAndSignIn("player-diary@example.org", "a calm quiet river");
		HttpResponse<String> posted = http.postFormNoRedirect("/check?mode=SELF", "/plan",
				"mode=SELF&minutes=10&equipment=MAT&equipment=TENNIS_BALLS&pressure=MEDIUM&answers.fever=no");
		String player = posted.headers().firstValue("Location").orElseThrow();
		String planId = player.substring(player.lastIndexOf('/') + 1);
		http.get("/sessions/" + planId, "text/html");

		String events = "/api/v1/plans/" + planId + "/events";
		assertThat(http.sendJson("POST", events, "{\"type\":\"STARTED\",\"painBefore\":7}", true).statusCode())
			.isEqualTo(200);
		assertThat(http.sendJson("POST", events, "{\"type\":\"COMPLETED\",\"painAfter\":4}", true).statusCode())
			.isEqualTo(200);

		String sessions = RecordedSessions.await(http);
		assertThat(sessions).contains(planId, "\"painBefore\":7", "\"painAfter\":4");
	}

	@Test
	void shouldRefuseAScriptCallWithASessionButWithoutTheCsrfToken() {
		Http http = new Http(this.port);
		http.registerAndSignIn("player-csrf@example.org", "a calm quiet river");
		http.get("/", "text/html");
		String location = http.sendJson("POST", "/api/v1/plans", "{\"safety\":{\"answers\":{}}}", true)
			.headers()
			.firstValue("Location")
			.orElseThrow();

		HttpResponse<String> forged = http.sendJson("POST", location + "/events", "{\"type\":\"STARTED\"}", false);

		assertThat(forged.statusCode()).isEqualTo(403);
	}

}
