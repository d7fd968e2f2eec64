package org.easeback.account.config;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Puts {@link QuietAccessSessions} in front of the JDBC session store that Spring Boot
 * configures. Declaring a session repository bean of our own would make Boot's JDBC
 * session configuration step back (it is conditional on there being none), so the store
 * Boot made is wrapped as it is created instead, keeping its table, timeout and clean-up
 * settings.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	@Bean
	SessionAttributeUpserts sessionAttributeUpserts(DataSource dataSource) {
		return new SessionAttributeUpserts(dataSource);
	}

	@Bean
	static BeanPostProcessor quietAccessSessions() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof JdbcIndexedSessionRepository store) ? new QuietAccessSessions<>(store) : bean;
			}
		};
	}

}
