package org.easeback.browser;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Journey 3: "Stop — it hurts" in the middle of a session ends it with advice. */
class StopJourneyTests extends BrowserFixture {

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@EnumSource(Viewport.class)
	void sharpPainMidSessionEndsItWithClinicianAdviceAndNoWayBack(Viewport viewport) {
		Page page = open(viewport);
		Journey journey = new Journey(page);
		UUID planId = journey.reachThePlayerWithACaution();
		journey.start(3).next().next();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stop — it hurts")).click();

		assertThat(journey.stoppedScreen()).isVisible();
		assertThat(journey.stepScreen()).isHidden();
		assertThat(journey.stoppedScreen()).containsText("Do not continue the massage.");
		page.locator("label[for='stop-pain-6']").click();
		page.locator("label[for='sharp-yes']").click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Get advice")).click();

		Locator clinician = page.locator("[data-advice='after']");
		assertThat(clinician).isVisible();
		assertThat(clinician).containsText("See a clinician.");
		assertThat(page.locator("[data-field='server-advice'] li").first()).isVisible();
		assertThat(page.locator("[data-form='stop']")).isHidden();
		for (String control : new String[] { "start", "next", "back", "pause", "stop" }) {
			assertThat(page.locator("[data-action='" + control + "']:visible")).hasCount(0);
		}
		assertThat(page.locator("#player button:visible")).hasCount(0);
		assertThat(page.locator("#player a:visible")).hasText(new String[] { "Back to the home page" });
		assertThat(new SessionEvents(this.jdbc).types(planId)).endsWith("STOPPED");
	}

}
