package org.easeback.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests Tomcat refuses itself, before Spring sees them, are answered with the same
 * browser protections as every other response and a page with no inline style. Sent on
 * raw sockets, as an HTTP client would refuse to send most of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TomcatErrorAnswersTests {

	@LocalServerPort
	int port;

	@Test
	void shouldProtectTomcatsOwnErrorAnswers() throws IOException {
		List<String> requests = List.of("GET /library/..%2f..%2fetc%2fpasswd HTTP/1.1",
				"GET /library/%2e%2e/%2e%2e/etc/passwd HTTP/1.1", "GET /library/%zz HTTP/1.1",
				"GET /library/%2fetc HTTP/1.1", "GET /library/%00 HTTP/1.1", "GET /library/a{b} HTTP/1.1",
				"GET /library/a\u0001b HTTP/1.1");
		for (String line : requests) {
			String answer = send(line + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
			String head = answer.substring(0, Math.max(answer.indexOf("\r\n\r\n"), 0)).toLowerCase();
			String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
			assertThat(answer).as(line).matches("(?s)HTTP/1\\.1 4\\d\\d.*");
			assertThat(head).as(line)
				.contains("content-security-policy: default-src 'self'", "x-content-type-options: nosniff",
						"x-frame-options: deny", "referrer-policy: no-referrer", "permissions-policy: ");
			assertThat(body.toLowerCase()).as(line).doesNotContain("<style", "style=", "tomcat", "exception");
		}
	}

	private String send(String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			in.transferTo(answer);
			return answer.toString(StandardCharsets.ISO_8859_1);
		}
	}

}
