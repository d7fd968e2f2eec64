package org.easeback.browser;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 1: someone without an account checks, plans with the caution's changes, runs
 * the whole session, does the aftercare and records the pain after.
 */
class AnonymousSessionJourneyTests extends BrowserFixture {

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@EnumSource(Viewport.class)
	void aCautionedPersonRunsTheWholeSessionWithinTheSafePressure(Viewport viewport) {
		Page page = open(viewport);
		Journey journey = new Journey(page);
		journey.startMassagingSomeone().answerBloodThinners();
		assertThat(page.locator("[data-outcome]")).hasAttribute("data-outcome", "CAUTION");
		assertThat(page.locator(".changes")).containsText("Light pressure");
		journey.planWithTheChanges();
		UUID planId = journey.buildTheSession();

		journey.start(5);
		while (!page.locator("[data-region='feedback']").isVisible()) {
			journey.next();
		}
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Firmer")).click();
		assertThat(page.locator("[data-field='feedback-status']"))
			.hasText(Pattern.compile("as firm as this session allows; it stays here for safety"));
		assertThat(page.locator("[data-field='pressure']")).containsText("Light pressure");

		int steps = journey.nextUntilAftercare();
		assertThat(steps).isGreaterThan(3);

		journey.finish(2);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Session complete")))
			.isVisible();
		assertThat(new SessionEvents(this.jdbc).types(planId)).startsWith("STARTED")
			.contains("FEEDBACK")
			.endsWith("COMPLETED")
			.filteredOn("STEP_DONE"::equals)
			.hasSize(steps);
	}

}
