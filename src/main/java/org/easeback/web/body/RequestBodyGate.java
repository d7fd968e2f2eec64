package org.easeback.web.body;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;

import org.springframework.http.HttpHeaders;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets only a few requests read a body at once, so that clients sending bodies slowly can
 * hold at most {@link BodyLimits#bodyReaders()} of Tomcat's worker threads: the others
 * stay free for requests without a body (pages, health). A request with a body waits
 * briefly for a reader and is otherwise answered {@code 503}, without reading its body;
 * only a few may wait at once, or clients that reconnect as soon as they are refused
 * would hold the remaining workers by waiting.
 * <p>
 * JSON and other bodies are read here in full, within a size cap ({@code 413}) and a
 * deadline ({@code 408}), and handed on from memory, so the reader is free again before
 * the request is handled. Forms and uploads are parsed by Tomcat, which a wrapper would
 * hide them from: they are parsed here, while the reader is held, within Tomcat's own
 * size limits and its read time-out.
 */
final class RequestBodyGate extends OncePerRequestFilter {

	private static final String IMPORT_API = "/api/v1/account/import";

	/** The most of a refused body read and dropped so that the client gets the answer. */
	private static final long MAX_DRAINED = 1024 * 1024;

	private final BodyLimits limits;

	private final long maxFormBody;

	private final Semaphore readers;

	private final AtomicInteger waiting = new AtomicInteger();

	private final BodyRefusal refusal;

	RequestBodyGate(BodyLimits limits, DataSize maxFormBody, BodyRefusal refusal) {
		this.limits = limits;
		this.maxFormBody = maxFormBody.toBytes();
		this.readers = new Semaphore(limits.bodyReaders());
		this.refusal = refusal;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getContentLengthLong() <= 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = (request.getContentType() != null) ? request.getContentType().toLowerCase(Locale.ROOT) : "";
		boolean form = type.startsWith("application/x-www-form-urlencoded");
		boolean multipart = type.startsWith("multipart/");
		long cap = (form || multipart) ? Long.MAX_VALUE : bodyCap(request);
		if (form && request.getContentLengthLong() > this.maxFormBody) {
			refuseTooLarge(request, response, this.maxFormBody, false);
			return;
		}
		if (request.getContentLengthLong() > cap) {
			refuseTooLarge(request, response, cap, false);
			return;
		}
		if (!acquire()) {
			this.refusal.busy(request, response, 1 + this.limits.bodyReaderWait().toSeconds());
			return;
		}
		HttpServletRequest next;
		try {
			if (multipart) {
				next = parseParts(request, response);
			}
			else if (form) {
				next = parseForm(request, response);
			}
			else {
				next = buffered(request, response, cap);
			}
		}
		finally {
			this.readers.release();
		}
		if (next != null) {
			chain.doFilter(next, response);
		}
	}

	/**
	 * Refuses a body over its limit after reading and dropping what the client is still
	 * sending, up to {@link #MAX_DRAINED} bytes within the read deadline: a connection
	 * closed with unread data is reset, and the client, still writing, would lose the
	 * answer. Past those bounds the connection is just closed. Draining needs a reader's
	 * place like any reading; without one the body is not drained.
	 */
	private void refuseTooLarge(HttpServletRequest request, HttpServletResponse response, long cap, boolean holdsReader)
			throws IOException {
		if (holdsReader || this.readers.tryAcquire()) {
			try {
				drain(request);
			}
			finally {
				if (!holdsReader) {
					this.readers.release();
				}
			}
		}
		this.refusal.tooLarge(request, response, cap);
	}

	private void drain(HttpServletRequest request) {
		long deadline = System.nanoTime() + this.limits.bodyReadDeadline().toNanos();
		long left = MAX_DRAINED;
		byte[] chunk = new byte[8192];
		try {
			InputStream in = request.getInputStream();
			int n;
			while (left > 0 && System.nanoTime() < deadline && (n = in.read(chunk)) != -1) {
				left -= n;
			}
		}
		catch (IOException ex) {
			// the client went away or stopped sending: nothing left to drain
		}
	}

	private boolean acquire() {
		if (this.readers.tryAcquire()) {
			return true;
		}
		try {
			if (this.waiting.incrementAndGet() > this.limits.bodyReaderQueue()) {
				return false;
			}
			return this.readers.tryAcquire(this.limits.bodyReaderWait().toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		finally {
			this.waiting.decrementAndGet();
		}
	}

	private long bodyCap(HttpServletRequest request) {
		return isImport(request) ? this.limits.maxImportBody().toBytes() : this.limits.maxJsonBody().toBytes();
	}

	private static boolean isImport(HttpServletRequest request) {
		return IMPORT_API.equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

	/** The request with its body in memory, or null when it was refused. */
	private HttpServletRequest buffered(HttpServletRequest request, HttpServletResponse response, long cap)
			throws IOException {
		long deadlineNanos = (isImport(request) ? this.limits.importReadDeadline() : this.limits.bodyReadDeadline())
			.toNanos();
		long start = System.nanoTime();
		long expected = request.getContentLengthLong();
		ByteArrayOutputStream body = new ByteArrayOutputStream((expected > 0) ? (int) expected : 1024);
		byte[] chunk = new byte[8192];
		try (InputStream in = request.getInputStream()) {
			int n;
			while ((n = in.read(chunk)) != -1) {
				body.write(chunk, 0, n);
				if (body.size() > cap) {
					refuseTooLarge(request, response, cap, true);
					return null;
				}
				if (System.nanoTime() - start > deadlineNanos) {
					this.refusal.tooSlow(request, response, TimeUnit.NANOSECONDS.toSeconds(deadlineNanos));
					return null;
				}
			}
		}
		catch (IOException ex) {
			// the client went away or stopped sending for longer than Tomcat's read
			// time-out
			this.refusal.tooSlow(request, response, TimeUnit.NANOSECONDS.toSeconds(deadlineNanos));
			return null;
		}
		return new BufferedBodyRequest(request, body.toByteArray());
	}

	/**
	 * The request with its parts parsed, or null when it was refused. A failure other
	 * than the size is left for Spring MVC, which meets it again when it asks for the
	 * parts.
	 */
	private HttpServletRequest parseParts(HttpServletRequest request, HttpServletResponse response) throws IOException {
		try {
			request.getParts();
		}
		catch (IllegalStateException | IOException | ServletException ex) {
			if (isSizeLimit(ex)) {
				this.refusal.tooLarge(request, response, this.limits.maxImportBody().toBytes());
				return null;
			}
		}
		return request;
	}

	/**
	 * The request with its form parsed by Tomcat, which keeps the parameters, or null
	 * when it was refused: a chunked form is only found too large while it is read.
	 */
	private HttpServletRequest parseForm(HttpServletRequest request, HttpServletResponse response) throws IOException {
		try {
			request.getParameterNames();
		}
		catch (IllegalStateException ex) {
			if (isSizeLimit(ex)) {
				this.refusal.tooLarge(request, response, this.maxFormBody);
				return null;
			}
			return new UnreadableFormRequest(request, ex);
		}
		return request;
	}

	private static boolean isSizeLimit(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidParameterException invalid
					&& invalid.getErrorCode() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
				return true;
			}
			if (cause instanceof SizeException) {
				return true;
			}
		}
		return false;
	}

}
