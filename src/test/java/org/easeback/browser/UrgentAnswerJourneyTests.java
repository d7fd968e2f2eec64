package org.easeback.browser;

import java.util.Set;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Journey 2: an urgent answer gives urgent advice and no way to a plan. */
class UrgentAnswerJourneyTests extends BrowserFixture {

	@ParameterizedTest
	@EnumSource(Viewport.class)
	void saddleNumbnessShowsTheUrgentAdviceAndNoPlan(Viewport viewport) {
		Page page = open(viewport);
		new Journey(page).startMassagingSomeone().answerTheCheck(Set.of("saddle_numbness"));

		assertThat(page.locator("[data-outcome]")).hasAttribute("data-outcome", "URGENT");
		assertThat(page.locator("main")).containsText("Do not massage the back.");
		assertThat(page.locator("main")).containsText("Get medical care today");
		Locator main = page.locator("main");
		assertThat(main.locator("form[action^='/plan'], a[href^='/plan'], a[href^='/sessions']")).hasCount(0);
		assertThat(main.getByText("Plan with these changes")).hasCount(0);
		assertThat(main.getByText("Plan the massage")).hasCount(0);
	}

	@ParameterizedTest
	@EnumSource(Viewport.class)
	void postingTheUrgentAnswersToThePlanFormShowsTheUrgentAdviceAndNoPlanForm(Viewport viewport) {
		Page page = open(viewport);
		new Journey(page).startMassagingSomeone().answerTheCheck(Set.of("saddle_numbness"));
		// the answers posted to the plan form anyway, as a forged or replayed form would
		page.evaluate("() => { const f = document.querySelector(\"form[action='/check/change']\");"
				+ " f.action = '/plan/form'; f.submit(); }");
		page.waitForURL("**/plan/form");

		assertThat(page.locator("h1")).containsText("Get urgent medical care today");
		assertThat(page.locator("main form, main a[href^='/sessions']")).hasCount(0);
	}

}
