package org.easeback.web.body;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Answers a request whose body EaseBack will not read: problem+json for the API and for
 * clients that ask for JSON, a short page for browsers. The connection is then closed
 * without reading the rest of the body ({@link UnreadBodyValve}).
 */
final class BodyRefusal {

	private static final String PAGE = """
			<!DOCTYPE html>
			<html lang="en">
			<head>
			<meta charset="utf-8">
			<meta name="viewport" content="width=device-width, initial-scale=1">
			<title>%s — EaseBack</title>
			<link rel="stylesheet" href="/css/easeback.css">
			</head>
			<body>
			<main id="main">
			<h1>%s</h1>
			<p class="card error-summary" role="alert">%s</p>
			<p>Nothing was saved. <a href="/">Go to the start</a>.</p>
			</main>
			</body>
			</html>
			""";

	private final JsonMapper json;

	BodyRefusal(JsonMapper json) {
		this.json = json;
	}

	void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
		String size = readable(limit);
		write(request, response, HttpStatus.CONTENT_TOO_LARGE, "Request too large",
				"The request body is larger than the " + size + " this address accepts.",
				"This is larger than the " + size + " EaseBack accepts here.");
	}

	void tooSlow(HttpServletRequest request, HttpServletResponse response, long seconds) throws IOException {
		write(request, response, HttpStatus.REQUEST_TIMEOUT, "Request too slow",
				"The request body did not arrive in full within " + seconds + " seconds.",
				"What you sent did not arrive in full within " + seconds + " seconds. Please try again.");
	}

	void busy(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
		write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "Busy",
				"The server is reading as many requests as it can. Try again in " + retryAfterSeconds + " seconds.",
				"EaseBack is busy right now. Please try again in a few seconds.");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
			String detail, String sentence) throws IOException {
		request.setAttribute(UnreadBodyValve.REFUSED, status);
		if (response.isCommitted()) {
			return;
		}
		response.setStatus(status.value());
		if (wantsJson(request)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
			problem.setTitle(title);
			problem.setInstance(URI.create(request.getRequestURI()));
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			this.json.writeValue(response.getOutputStream(), problem);
		}
		else {
			response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
			response.getOutputStream().write(PAGE.formatted(title, title, sentence).getBytes(StandardCharsets.UTF_8));
		}
	}

	private static boolean wantsJson(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		boolean html = accept != null && accept.contains("text/html");
		return !html && (request.getRequestURI().startsWith("/api/") || (accept != null && accept.contains("json")));
	}

	static String readable(long bytes) {
		if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
			return bytes / (1024 * 1024) + " MiB";
		}
		if (bytes >= 1024 && bytes % 1024 == 0) {
			return bytes / 1024 + " KiB";
		}
		return bytes + " bytes";
	}

}
