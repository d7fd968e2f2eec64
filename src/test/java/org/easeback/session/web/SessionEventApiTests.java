package org.easeback.session.web;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.easeback.session.SessionFinished;
import org.easeback.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/plans/{id}/events}: feedback within the cap, stops that end the
 * session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SessionEventApiTests.Captured.class)
class SessionEventApiTests {

	@LocalServerPort
	int port;

	@Autowired
	List<SessionFinished> finished;

	Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	@Test
	void shouldNeverRaisePressureAboveTheSafetyCapOnFirmer() {
		String events = plan("{\"minutes\":15,\"pressure\":\"FIRM\",\"safety\":{\"answers\":{\"osteoporosis\":true}}}");
		send(events, "{\"type\":\"STARTED\",\"painBefore\":5}");

		HttpResponse<String> firmer = send(events, "{\"type\":\"FEEDBACK\",\"stepIndex\":0,\"feedback\":\"FIRMER\"}");

		assertThat(firmer.statusCode()).isEqualTo(200);
		assertThat(firmer.body()).contains("\"pressure\":\"LIGHT\"", "as firm as this session allows")
			.doesNotContain("\"pressure\":\"MEDIUM\"", "\"pressure\":\"FIRM\"");
	}

	@Test
	void shouldEndTheSessionWithClinicianAdviceOnSharpPain() {
		String events = plan("{\"minutes\":10,\"safety\":{\"answers\":{}}}");
		send(events, "{\"type\":\"STARTED\"}");

		HttpResponse<String> stop = send(events, "{\"type\":\"STOPPED\",\"stepIndex\":2,\"pain\":4,\"sharp\":true}");

		assertThat(stop.statusCode()).isEqualTo(200);
		assertThat(stop.body()).contains("\"seeClinician\":true", "doctor or physiotherapist");
		assertThat(send(events, "{\"type\":\"STEP_DONE\",\"stepIndex\":3}").statusCode()).isEqualTo(409);
		assertThat(this.finished).anySatisfy(f -> {
			assertThat(f.stopped()).isTrue();
			assertThat(f.stopPain()).isEqualTo(4);
			assertThat(f.sharp()).isTrue();
		});
	}

	@Test
	void shouldReportACompletedSessionWithPainBeforeAndAfter() {
		String events = plan("{\"mode\":\"SELF\",\"minutes\":10,\"safety\":{\"answers\":{}}}");
		send(events, "{\"type\":\"STARTED\",\"painBefore\":6}");
		send(events, "{\"type\":\"FEEDBACK\",\"stepIndex\":0,\"feedback\":\"LIGHTER\"}");

		assertThat(send(events, "{\"type\":\"COMPLETED\",\"painAfter\":3}").statusCode()).isEqualTo(200);

		assertThat(this.finished).anySatisfy(f -> {
			assertThat(f.mode()).isEqualTo("SELF");
			assertThat(f.painBefore()).isEqualTo(6);
			assertThat(f.painAfter()).isEqualTo(3);
			assertThat(f.feedback()).containsExactly("LIGHTER");
			assertThat(f.username()).isNull();
		});
	}

	@Test
	void shouldNameTheFieldsAnEventIsMissing() {
		String events = plan("{\"minutes\":10,\"safety\":{\"answers\":{}}}");

		HttpResponse<String> bad = send(events, "{\"type\":\"STOPPED\",\"stepIndex\":999,\"pain\":11}");

		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("\"field\":\"stepIndex\"", "\"field\":\"pain\"", "\"field\":\"sharp\"");
		assertThat(send(events, "{\"type\":\"NAP\"}").body()).contains("\"field\":\"type\"");
	}

	private String plan(String body) {
		HttpResponse<String> created = this.http.postJson("/api/v1/plans", body);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return created.headers().firstValue("Location").orElseThrow() + "/events";
	}

	private HttpResponse<String> send(String events, String body) {
		return this.http.postJson(events, body);
	}

	@TestConfiguration
	static class Captured {

		private final List<SessionFinished> events = new CopyOnWriteArrayList<>();

		@Bean
		List<SessionFinished> finishedSessions() {
			return this.events;
		}

		@EventListener
		void on(SessionFinished event) {
			this.events.add(event);
		}

	}

}
