package org.easeback.browser;

import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grouped safety check on a phone: one group per screen, "None of these" to say
 * nothing applies, follow-ups only after their answer, and silence never taken for "no".
 */
class SafetyCheckJourneyTests extends BrowserFixture {

	private static final int GROUPS = 6;

	@Test
	void someoneWithNothingToReportNeedsSixChoicesTheAgeAndOneButton() {
		Page page = open(Viewport.PHONE);
		page.navigate("/check?mode=SELF");
		int choices = 0;
		int nexts = 0;
		for (int step = 1; step <= GROUPS; step++) {
			assertThat(page.locator(".step:visible .step-progress")).hasText("Step " + step + " of " + GROUPS);
			AccessibilityTests.screenshot(page, "check-step-" + step, Viewport.PHONE);
			if (page.locator("#f-age").isVisible()) {
				page.locator("#f-age").fill("40");
			}
			Locator nones = page.locator("[data-none]:visible");
			for (int i = 0; i < nones.count(); i++) {
				nones.nth(i).tap();
				choices++;
			}
			assertThat(page.locator(".follow-up:visible")).hasCount(0);
			if (step < GROUPS) {
				page.locator("[data-step-next]").tap();
				nexts++;
				assertThat(page.locator(".step:visible legend").first()).isFocused();
			}
		}
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("See the result")).tap();

		assertThat(page.locator("[data-outcome]")).hasAttribute("data-outcome", "CLEAR");
		AccessibilityTests.screenshot(page, "check-result-clear", Viewport.PHONE);
		assertThat(choices).isEqualTo(6);
		// moving between screens is not a choice: Next once per screen after the first
		assertThat(nexts).isEqualTo(GROUPS - 1);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan the massage")).tap();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Plan your session");
	}

	@Test
	void anEmptyCheckNamesEachGroupOnceAndTheAgeAndOpensOnTheFirstGroup() {
		Page page = open(Viewport.PHONE);
		page.navigate("/check?mode=PARTNER");
		new Journey(page).sendTheCheck();

		Locator errors = page.locator("#error-summary a");
		assertThat(errors).hasCount(GROUPS + 1);
		List<String> targets = errors.all().stream().map(a -> a.getAttribute("href")).toList();
		assertThat(targets).doesNotHaveDuplicates().filteredOn(t -> t.startsWith("#f-group-")).hasSize(GROUPS);
		assertThat(targets).contains("#f-age");
		assertThat(page.locator(".step:visible .step-progress")).hasText("Step 1 of " + GROUPS);
		AccessibilityTests.screenshot(page, "check-empty-errors", Viewport.PHONE);

		page.locator("#error-summary a[href='#f-age']").tap();
		assertThat(page.locator("#f-age")).isFocused();
		assertThat(page.locator(".step:visible .step-progress")).hasText("Step 5 of " + GROUPS);
	}

	@Test
	void tickingAnAnswerShowsItsFollowUpsAndNoneOfTheseTakesThemAway() {
		Page page = open(Viewport.PHONE);
		page.navigate("/check?mode=SELF");
		for (int i = 0; i < 3; i++) {
			page.locator("[data-step-next]").tap();
		}
		assertThat(page.locator("#f-pregnancyWeeks")).isHidden();
		assertThat(page.locator("#f-answers-pregnancy_complications")).isHidden();

		page.locator("#f-answers-pregnant").tap();
		assertThat(page.locator("#f-pregnancyWeeks")).isVisible();
		assertThat(page.locator("#f-answers-pregnancy_complications")).isVisible();
		assertThat(page.locator("#f-skinAreas")).isHidden();
		assertThat(page.locator("#f-answers-skin_minor")).isHidden();
		AccessibilityTests.screenshot(page, "check-pregnant-follow-ups", Viewport.PHONE);
		page.locator("#f-answers-skin_problem").tap();
		assertThat(page.locator("#f-answers-skin_minor")).isVisible();
		page.locator("#f-answers-skin_problem").tap();
		assertThat(page.locator("#f-answers-skin_minor")).isHidden();

		page.locator("#f-none-CONDITIONS").tap();
		assertThat(page.locator("#f-answers-pregnant")).not().isChecked();
		assertThat(page.locator("#f-pregnancyWeeks")).isHidden();
		page.locator("#f-answers-osteoporosis").tap();
		assertThat(page.locator("#f-none-CONDITIONS")).not().isChecked();
	}

	@Test
	void aClinicianClearanceChecksAgainAsACautionThatCanBePlanned() {
		Page page = open(Viewport.PHONE);
		page.navigate("/check?mode=PARTNER");
		new Journey(page).answerTheCheck(Set.of("cancer_history"));
		assertThat(page.locator("[data-outcome]")).hasAttribute("data-outcome", "SEE_CLINICIAN");
		AccessibilityTests.screenshot(page, "check-result-see-clinician", Viewport.PHONE);

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, they said massage is fine")).tap();
		assertThat(page.locator("[data-outcome]")).hasAttribute("data-outcome", "CAUTION");
		assertThat(page.locator(".changes")).containsText("Light pressure only.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan with these changes")).tap();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Plan your session");
	}

	@Test
	void onADesktopEveryGroupShowsOnOnePage() {
		Page page = open(Viewport.DESKTOP);
		page.navigate("/check?mode=PARTNER");

		assertThat(page.locator(".step:visible")).hasCount(GROUPS);
		assertThat(page.locator("[data-step-nav]")).isHidden();
		assertThat(page.locator(".step-progress:visible")).hasCount(0);
		page.locator("#f-age").fill("75");
		assertThat(page.locator("#f-answers-floor_is_easy")).isVisible();
		assertThat(page.locator("#f-firstEpisode")).isVisible();
		page.locator("#f-age").fill("40");
		assertThat(page.locator("#f-answers-floor_is_easy")).isHidden();
	}

}
