package org.easeback.shared.storage;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wraps the application's data source so that, on the default H2 file database, a commit
 * is answered only once it is in the file, with commits made at the same time sharing one
 * write ({@link DurableCommitDataSource}; hazard H37).
 */
@Configuration(proxyBeanMethods = false)
public class StorageConfiguration {

	@Bean
	static BeanPostProcessor durableCommits() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof DataSource dataSource && !(bean instanceof DurableCommitDataSource))
						? new DurableCommitDataSource(dataSource) : bean;
			}
		};
	}

}
