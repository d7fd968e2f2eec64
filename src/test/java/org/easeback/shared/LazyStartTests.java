package org.easeback.shared;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * bench/run-jar.sh starts EaseBack lazily to be ready sooner (docs/performance.md,
 * start-up). What guards safety must still happen before the first request: the content
 * library is loaded and checked (content that breaks a rule stops the start), the safety
 * check and the planner exist, every database migration has run (hazard log H40), and the
 * deletion of unused plans is scheduled.
 */
@SpringBootTest(properties = "spring.main.lazy-initialization=true")
class LazyStartTests {

	@Autowired
	ConfigurableApplicationContext context;

	@Test
	void shouldLoadContentSafetyPlannerAndMigrationsAtStartEvenWhenLazy() {
		var beans = this.context.getBeanFactory();
		// looked at before anything below asks for a bean, which would create it
		boolean content = beans.containsSingleton("contentLibrary");
		boolean safety = beans.containsSingleton("safetyCheck");
		boolean planner = beans.containsSingleton("sessionPlanner");
		boolean migrations = beans.containsSingleton("flywayInitializer");
		// a scheduled job of a bean never created would never run
		boolean planExpiry = beans.containsSingleton("planExpiry");
		// the start really was lazy: a bean nothing needed yet does not exist
		boolean fhirYet = beans.containsSingleton("fhirContext");

		assertThat(fhirYet).as("lazy initialisation is on").isFalse();
		assertThat(content).as("content library loaded at start").isTrue();
		assertThat(safety).as("safety check built at start").isTrue();
		assertThat(planner).as("planner built at start").isTrue();
		assertThat(migrations).as("migrations run at start").isTrue();
		assertThat(planExpiry).as("expiry of unused plans scheduled at start").isTrue();
		Integer pending = this.context.getBean(JdbcClient.class)
			.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE success = FALSE")
			.query(Integer.class)
			.single();
		assertThat(pending).isZero();
	}

}
