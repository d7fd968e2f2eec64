package org.easeback.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A small real HTTP client for tests that talk to the running server on its random port.
 * It keeps cookies, so it can register, sign in and then act as that user; writes carry
 * the CSRF token read from the last page's {@code <meta name="_csrf">}.
 */
public final class Http {

	private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private final CookieManager cookies;

	private final HttpClient client;

	private final HttpClient noRedirects;

	private final String base;

	private String csrfToken;

	private final Map<String, String> extraHeaders = new java.util.LinkedHashMap<>();

	/**
	 * Sends this header on every later request (for example {@code X-Forwarded-For}), in
	 * place of the one the request would have had.
	 */
	public Http withHeader(String name, String value) {
		this.extraHeaders.put(name, value);
		return this;
	}

	public Http(int port) {
		this(port, new CookieManager(null, CookiePolicy.ACCEPT_ALL), null);
	}

	private Http(int port, CookieManager cookies, String csrfToken) {
		this.base = "http://127.0.0.1:" + port;
		this.cookies = cookies;
		this.client = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NORMAL)
			.cookieHandler(this.cookies)
			.build();
		this.noRedirects = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(this.cookies)
			.build();
		this.csrfToken = csrfToken;
	}

	/**
	 * A client for another server (another EaseBack process on 127.0.0.1) that shares
	 * this client's cookies (cookies ignore the port, as in a browser) and starts with
	 * its CSRF token, as when a load balancer sends the next request to another instance.
	 */
	public Http sameSessionOn(int port) {
		return new Http(port, this.cookies, this.csrfToken);
	}

	public HttpResponse<String> get(String path, String accept) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).header("Accept", accept).GET().build());
	}

	public HttpResponse<String> postJson(String path, String json) {
		return sendJson("POST", path, json, false);
	}

	/**
	 * Sends JSON with the CSRF header of the last page read (as the pages' scripts do).
	 */
	public HttpResponse<String> sendJson(String method, String path, String json, boolean withCsrf) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.method(method,
					json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		if (withCsrf && this.csrfToken != null) {
			request.header("X-CSRF-TOKEN", this.csrfToken);
		}
		return send(request.build());
	}

	/** Posts a form from {@code page}, with the CSRF token that page carries. */
	public HttpResponse<String> postForm(String page, String action, Map<String, String> fields) {
		get(page, "text/html");
		String body = fields.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		if (this.csrfToken != null) {
			body = body + "&_csrf=" + encode(this.csrfToken);
		}
		return send(HttpRequest.newBuilder(URI.create(this.base + action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/**
	 * Posts a form with one file from {@code page} (with its CSRF token) as
	 * {@code multipart/form-data}, the way a browser uploads a file.
	 */
	public HttpResponse<String> postMultipart(String page, String action, String field, String fileName,
			String content) {
		get(page, "text/html");
		String boundary = "----easeback-test-" + UUID.randomUUID();
		StringBuilder body = new StringBuilder();
		if (this.csrfToken != null) {
			body.append("--").append(boundary).append("\r\n");
			body.append("Content-Disposition: form-data; name=\"_csrf\"\r\n\r\n").append(this.csrfToken).append("\r\n");
		}
		body.append("--").append(boundary).append("\r\n");
		body.append("Content-Disposition: form-data; name=\"")
			.append(field)
			.append("\"; filename=\"")
			.append(fileName)
			.append("\"\r\n");
		body.append("Content-Type: application/json\r\n\r\n").append(content).append("\r\n");
		body.append("--").append(boundary).append("--\r\n");
		return send(HttpRequest.newBuilder(URI.create(this.base + action))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build());
	}

	/**
	 * Posts an encoded form body from {@code page} (with its CSRF token) the way a
	 * browser does, without following the redirect, so it can be checked.
	 */
	public HttpResponse<String> postFormNoRedirect(String page, String action, String form) {
		get(page, "text/html");
		String body = this.csrfToken == null ? form : form + "&_csrf=" + encode(this.csrfToken);
		return send(this.noRedirects,
				HttpRequest.newBuilder(URI.create(this.base + action))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.header("Accept", "text/html")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build());
	}

	/** Gets a page without following redirects. */
	public HttpResponse<String> getNoRedirect(String path) {
		return send(this.noRedirects,
				HttpRequest.newBuilder(URI.create(this.base + path)).header("Accept", "text/html").GET().build());
	}

	/** Posts a form without any CSRF token, as a forged cross-site form would. */
	public HttpResponse<String> postFormWithoutCsrf(String action, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(this.base + action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/**
	 * Sends any request without following redirects, with the CSRF header of the last
	 * page read when {@code withCsrf}.
	 */
	public HttpResponse<String> raw(String method, String path, String contentType, String body, boolean withCsrf) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		request.header("Accept", path.startsWith("/api/") ? "application/json" : "text/html");
		if (withCsrf && this.csrfToken != null) {
			request.header("X-CSRF-TOKEN", this.csrfToken);
		}
		return send(this.noRedirects, request.build());
	}

	/**
	 * The headers that make a request act as this client: its cookies and the CSRF token
	 * of the last page read.
	 */
	public Map<String, String> sessionHeaders() {
		Map<String, String> headers = new java.util.LinkedHashMap<>();
		String cookie = this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.map(c -> c.getName() + "=" + c.getValue())
			.collect(Collectors.joining("; "));
		if (!cookie.isEmpty()) {
			headers.put("Cookie", cookie);
		}
		if (this.csrfToken != null) {
			headers.put("X-CSRF-TOKEN", this.csrfToken);
		}
		return headers;
	}

	/**
	 * Registers an account with a role, which signs it in; returns the page registering
	 * lands on.
	 */
	public HttpResponse<String> registerAndSignIn(String email, String password, String role) {
		return postForm("/register", "/register", Map.of("email", email, "password", password, "role", role));
	}

	/** Registers an account, which signs it in; returns the page registering lands on. */
	public HttpResponse<String> registerAndSignIn(String email, String password) {
		return registerAndSignIn(email, password, "CLIENT");
	}

	/** Gets a binary body (a PDF) without following redirects. */
	public HttpResponse<byte[]> getBytes(String path) {
		try {
			return this.noRedirects.send(HttpRequest.newBuilder(URI.create(this.base + path)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Sends a request without following redirects, with the CSRF header of the last page
	 * read; {@code contentType} is used when there is a body.
	 */
	public HttpResponse<String> sendNoRedirect(String method, String path, String body, String contentType,
			String accept) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept", accept)
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (body != null) {
			request.header("Content-Type", contentType);
		}
		if (this.csrfToken != null) {
			request.header("X-CSRF-TOKEN", this.csrfToken);
		}
		return send(this.noRedirects, request.build());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private HttpResponse<String> send(HttpRequest request) {
		return send(this.client, request);
	}

	private HttpResponse<String> send(HttpClient with, HttpRequest original) {
		HttpRequest request = original;
		if (!this.extraHeaders.isEmpty()) {
			HttpRequest.Builder builder = HttpRequest.newBuilder(original, (name, value) -> true);
			this.extraHeaders.forEach(builder::setHeader);
			request = builder.build();
		}
		try {
			HttpResponse<String> response = with.send(request, HttpResponse.BodyHandlers.ofString());
			Matcher token = CSRF.matcher(response.body());
			if (token.find()) {
				this.csrfToken = token.group(1);
			}
			return response;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
