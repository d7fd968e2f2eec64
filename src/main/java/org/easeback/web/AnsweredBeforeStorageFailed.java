package org.easeback.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.easeback.storage.Storage;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps an answer that was already sent whole when the database fails afterwards. Spring
 * Session looks the session up again once the request is done; when the database failed
 * during the request (a full disk), that second look-up fails too, after the 503 was
 * written, and the connection was cut in the middle of the answer. Outside Spring
 * Session's filter, such a failure is recorded and the answer finished as it is.
 */
@Configuration(proxyBeanMethods = false)
class AnsweredBeforeStorageFailed {

	/** Just outside Spring Session's filter ({@code Integer.MIN_VALUE + 50}). */
	private static final int ORDER = Integer.MIN_VALUE + 49;

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> answeredBeforeStorageFailedFilter(Storage storage) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {
					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						try {
							chain.doFilter(request, response);
						}
						catch (RuntimeException | ServletException ex) {
							if (response.isCommitted() && storage.explains(ex)) {
								storage.failed(ex);
								return;
							}
							throw ex;
						}
					}
				});
		registration.setOrder(ORDER);
		return registration;
	}

}
