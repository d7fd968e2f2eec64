package org.easeback.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Journey 1 once more, with the keyboard alone: no click anywhere. */
class KeyboardSessionJourneyTests extends BrowserFixture {

	@ParameterizedTest
	@EnumSource(Viewport.class)
	void theWholeCautionedSessionCanBeRunWithTheKeyboardAlone(Viewport viewport) {
		Page page = open(viewport);
		Keyboard keys = new Keyboard(page);
		Journey journey = new Journey(page);

		page.navigate("/");
		keys.tabTo("a[href='/check?mode=PARTNER']").enter();
		page.waitForURL("**/check?mode=PARTNER");

		answerTheCheckWithBloodThinners(page, keys);
		assertThat(page.locator("[data-outcome]")).hasAttribute("data-outcome", "CAUTION");

		keys.tabTo("form[action='/plan/form'] button[type='submit']").enter();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Plan your session");
		keys.tabTo("form.plan-form button[type='submit']").enter();
		page.waitForURL(Journey.PLAYER_URL);

		keys.tabTo("[data-action='start']").enter();
		assertThat(journey.stepScreen()).isVisible();
		while (!page.locator("[data-region='feedback']").isVisible()) {
			keys.tabTo("[data-action='next']").enter();
		}
		keys.tabTo("[data-feedback='FIRMER']").enter();
		assertThat(page.locator("[data-field='feedback-status']")).hasText(Pattern.compile("stays here for safety"));
		assertThat(page.locator("[data-field='pressure']")).containsText("Light pressure");

		keys.tabTo("[data-action='next']");
		int total = journey.totalSteps();
		for (int step = journey.stepNumber(); step <= total; step++) {
			assertThat(journey.progress()).hasText("Step " + step + " of " + total);
			keys.enter();
		}
		assertThat(journey.aftercareScreen()).isVisible();

		keys.tabTo("input[name='painAfter']").space();
		keys.tabTo("[data-form='complete'] button[type='submit']").enter();
		assertThat(journey.doneScreen()).isVisible();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Session complete")))
			.isFocused();
	}

	/**
	 * Tabs through the check: Space ticks blood thinners and "None of these" in every
	 * other group, the age is typed, Enter presses Next on a phone and finally sends the
	 * check.
	 */
	private void answerTheCheckWithBloodThinners(Page page, Keyboard keys) {
		for (int i = 0; i < 300; i++) {
			keys.press("Tab");
			if (keys.focused("button[type='submit']")) {
				keys.enter();
				return;
			}
			if (keys.focused("[data-step-next]")) {
				keys.enter();
				continue;
			}
			if (keys.focused("#f-age")) {
				page.keyboard().type("40");
			}
			String name = keys.focusedName();
			if ("answers.blood_thinners".equals(name)
					|| (name != null && name.startsWith("none.") && !name.equals("none.CONDITIONS"))) {
				keys.space();
			}
		}
		throw new AssertionError("never reached the button that sends the check");
	}

}
