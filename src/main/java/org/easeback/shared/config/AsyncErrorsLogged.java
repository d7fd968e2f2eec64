package org.easeback.shared.config;

import org.easeback.shared.LoggedError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/**
 * A listener that fails after its event's transaction (the diary recording a finished
 * session) is logged by its classes and frames, without its message: Spring's default
 * handler logged the message, and a database's message quotes the value it refused
 * (hazard H44). Spring Modulith keeps the failed publication and resubmits it.
 */
@Configuration(proxyBeanMethods = false)
class AsyncErrorsLogged implements AsyncConfigurer {

	private static final Logger log = LoggerFactory.getLogger(AsyncErrorsLogged.class);

	@Override
	public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
		return (error, method, params) -> log.error("Unexpected error in {}.{}", method.getDeclaringClass().getName(),
				method.getName(), LoggedError.withoutMessages(error));
	}

}
