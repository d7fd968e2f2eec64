package org.easeback.web.body;

import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose form Tomcat could not parse when {@link RequestBodyGate} asked it to.
 * Tomcat reports that only to the first caller; this request reports it to every caller,
 * as it would have been reported had the gate not asked first (the API then names the
 * unusable parameters, see {@code UnusableParameter}).
 */
final class UnreadableFormRequest extends HttpServletRequestWrapper {

	private final RuntimeException failure;

	UnreadableFormRequest(HttpServletRequest request, RuntimeException failure) {
		super(request);
		this.failure = failure;
	}

	@Override
	public String getParameter(String name) {
		throw this.failure;
	}

	@Override
	public Map<String, String[]> getParameterMap() {
		throw this.failure;
	}

	@Override
	public Enumeration<String> getParameterNames() {
		throw this.failure;
	}

	@Override
	public String[] getParameterValues(String name) {
		throw this.failure;
	}

}
