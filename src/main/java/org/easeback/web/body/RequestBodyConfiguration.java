package org.easeback.web.body;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * Puts {@link RequestBodyGate} in front of every other filter but the character encoding
 * one (forms parsed in the gate must be read as UTF-8) and the request metrics (refusals
 * are counted): before Spring Session and Spring Security, which read form parameters.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BodyLimits.class)
class RequestBodyConfiguration {

	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

	@Bean
	FilterRegistrationBean<RequestBodyGate> requestBodyGate(BodyLimits limits, JsonMapper json,
			@Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize maxFormBody,
			@Value("${server.tomcat.threads.max:200}") int workers) {
		FilterRegistrationBean<RequestBodyGate> registration = new FilterRegistrationBean<>(
				new RequestBodyGate(limits.forWorkers(workers), maxFormBody, new BodyRefusal(json)));
		registration.setOrder(ORDER);
		return registration;
	}

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> unreadBodyValve() {
		return (factory) -> factory.addEngineValves(new UnreadBodyValve());
	}

}
