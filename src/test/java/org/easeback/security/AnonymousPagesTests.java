package org.easeback.security;

import java.net.http.HttpResponse;
import java.util.List;

import org.easeback.support.Http;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous page views are stateless: the CSRF token every page renders lives in a
 * cookie, so viewing a page writes no {@code spring_session} row and sets no session
 * cookie (a row per page view was most of the cost of {@code /library}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnonymousPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/library", "/check", "/login", "/register" })
	void shouldNotStartAServerSessionForAnAnonymousPageView(String path) {
		long before = sessions();
		Http anonymous = new Http(this.port);

		HttpResponse<String> page = anonymous.get(path, "text/html");
		HttpResponse<String> again = anonymous.get(path, "text/html");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<meta name=\"_csrf\" content=\"");
		assertThat(cookies(page)).noneSatisfy(cookie -> assertThat(cookie).startsWith("SESSION="))
			.noneSatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID="));
		assertThat(cookies(again)).noneSatisfy(cookie -> assertThat(cookie).startsWith("SESSION="));
		assertThat(sessions()).isEqualTo(before);
	}

	private static List<String> cookies(HttpResponse<String> response) {
		return response.headers().allValues("Set-Cookie");
	}

	private long sessions() {
		return this.jdbc.sql("SELECT COUNT(*) FROM spring_session").query(Long.class).single();
	}

}
