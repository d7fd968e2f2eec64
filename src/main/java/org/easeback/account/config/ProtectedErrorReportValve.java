package org.easeback.account.config;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's own error answers (a request it refuses before Spring sees it, such as an
 * encoded {@code /} or {@code ..} in the path) with the same browser protections as every
 * other response, and a plain page with no inline style, no report and no server version.
 * Errors Spring handles never get here: their error page has been written.
 */
public class ProtectedErrorReportValve extends ErrorReportValve {

	public ProtectedErrorReportValve() {
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		protect(response);
		try {
			response.setContentType("text/html");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(page(status));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client went away, or the response cannot take a body: nothing to add
		}
	}

	static void protect(Response response) {
		response.setHeader("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("Permissions-Policy", SecurityConfiguration.PERMISSIONS_POLICY);
		response.setHeader("Cache-Control", "no-store");
	}

	static String page(int status) {
		return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>EaseBack: error " + status
				+ "</title></head><body><h1>EaseBack could not answer this request</h1><p>Error " + status
				+ ". Please check the address, or go to <a href=\"/\">the home page</a>.</p></body></html>";
	}

}
