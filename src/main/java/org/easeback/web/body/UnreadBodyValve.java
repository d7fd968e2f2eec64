package org.easeback.web.body;

import java.io.IOException;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

/**
 * After a request whose body {@link RequestBodyGate} refused to read, tells Tomcat to
 * close the connection without reading the rest of the body. Tomcat otherwise reads
 * ("swallows") up to 2 MiB of it to keep the connection alive, and a client sending one
 * byte a second would hold the worker thread for as long as it liked: the refusal would
 * protect nothing.
 */
final class UnreadBodyValve extends ValveBase {

	static final String REFUSED = UnreadBodyValve.class.getName() + ".refused";

	UnreadBodyValve() {
		super(true);
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		getNext().invoke(request, response);
		if (request.getAttribute(REFUSED) != null) {
			request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
		}
	}

}
