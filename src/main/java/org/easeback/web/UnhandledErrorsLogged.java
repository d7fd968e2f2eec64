package org.easeback.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.ClientAbortException;

import org.easeback.shared.LoggedError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Logs an error no handler answered (a page that failed, a filter that failed) by its
 * classes and frames, without its message, then lets the error page answer it. Left to
 * Tomcat, such an error was logged with its message, and a database's message quotes the
 * value it refused: a failed intake save put the start of the health document in the log
 * (hazard H44).
 */
@Configuration(proxyBeanMethods = false)
class UnhandledErrorsLogged {

	private static final Logger log = LoggerFactory.getLogger(UnhandledErrorsLogged.class);

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> unhandledErrorsLoggedFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {
					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						try {
							chain.doFilter(request, response);
						}
						catch (ClientAbortException ex) {
							// the client went away: nothing to log or answer
							throw ex;
						}
						catch (IOException | ServletException | RuntimeException ex) {
							if (response.isCommitted()) {
								// part of the answer is out: Tomcat must still cut the
								// connection, so the client sees it is incomplete; it
								// logs
								// what it is given, so it is given no message
								throw new ServletException(LoggedError.describe(ex), LoggedError.withoutMessages(ex));
							}
							// the mapping, not the address: an address can hold a value
							log.error("Unexpected error in {} {}", request.getMethod(),
									request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE),
									LoggedError.withoutMessages(ex));
							// Tomcat forwards to the error page with the error, as when
							// it is
							// thrown (a storage failure still answers 503)
							request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, ex);
							response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
						}
					}
				});
		// outside every other filter, so an error in any of them is caught too
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
