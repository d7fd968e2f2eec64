package org.easeback.storage;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Gives the connection pool Boot configures {@link EvictOnStorageFailure}, before the
 * pool starts (Flyway is its first user).
 */
@Configuration(proxyBeanMethods = false)
class StoragePoolConfiguration {

	@Bean
	static BeanPostProcessor evictOnStorageFailure(ObjectProvider<Storage> storage) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof HikariDataSource pool && pool.getExceptionOverride() == null
						&& pool.getExceptionOverrideClassName() == null) {
					pool.setExceptionOverride(new EvictOnStorageFailure(storage, pool));
				}
				return bean;
			}
		};
	}

}
