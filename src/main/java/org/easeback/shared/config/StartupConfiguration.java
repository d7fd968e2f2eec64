package org.easeback.shared.config;

import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What must happen at start even when EaseBack starts lazily
 * ({@code spring.main.lazy-initialization=true}, which bench/run-jar.sh sets to be ready
 * sooner; docs/decisions/0008): the database migrations, so EaseBack never says it is
 * ready on a schema it cannot use. The content library, the safety check and the planner
 * are marked {@code @Lazy(false)} in their own modules.
 */
@Configuration(proxyBeanMethods = false)
public class StartupConfiguration {

	@Bean
	static LazyInitializationExcludeFilter migrationsRunAtStart() {
		return LazyInitializationExcludeFilter.forBeanTypes(FlywayMigrationInitializer.class);
	}

}
