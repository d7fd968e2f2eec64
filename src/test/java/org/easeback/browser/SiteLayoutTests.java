package org.easeback.browser;

import java.util.Set;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The frame of every page: a menu that folds away on a phone, a one-line disclaimer, and
 * results that say plainly what they mean.
 */
class SiteLayoutTests extends BrowserFixture {

	/** What the header and the disclaimer may take of a phone's screen, in CSS pixels. */
	static final double PHONE_FRAME_AT_MOST = 110;

	@Test
	void onAPhoneTheNavigationFoldsIntoAMenuThatOpensWithATapOrAKey() {
		Page page = open(Viewport.PHONE);
		page.navigate("/");
		Locator library = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Library").setExact(true));
		assertThat(library).isHidden();
		double frame = (double) page
			.evaluate("() => document.querySelector('.not-advice').getBoundingClientRect().bottom");
		assertThat(frame).isLessThanOrEqualTo(PHONE_FRAME_AT_MOST);

		Locator menu = page.getByText("Menu", new Page.GetByTextOptions().setExact(true));
		menu.focus();
		page.keyboard().press("Enter");
		assertThat(library).isVisible();
		AccessibilityTests.screenshot(page, "menu-open", Viewport.PHONE);
		library.click();
		page.waitForURL("**/library");
		assertThat(library).isHidden();
	}

	@Test
	void onADesktopTheNavigationShowsWithoutAMenuButton() {
		Page page = open(Viewport.DESKTOP);
		page.navigate("/");

		assertThat(page.getByText("Menu", new Page.GetByTextOptions().setExact(true))).isHidden();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Library").setExact(true)))
			.isVisible();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in").setExact(true)))
			.isVisible();
	}

	@ParameterizedTest
	@EnumSource(Viewport.class)
	void theDisclaimerIsOneLineWhoseLinkLeadsToTheWholeOfIt(Viewport viewport) {
		Page page = open(viewport);
		page.navigate("/library");
		Locator note = page.locator(".not-advice");
		double lineHeight = (double) note.evaluate("n => parseFloat(getComputedStyle(n).lineHeight)");
		assertThat(note.boundingBox().height).isLessThan(2 * lineHeight);

		note.getByRole(AriaRole.LINK).click();
		assertThat(page.locator("#not-advice")).isInViewport();
		assertThat(page.locator("#not-advice")).containsText("see a clinician");
	}

	@ParameterizedTest
	@EnumSource(Viewport.class)
	void anUrgentResultPutsTheEmergencyCallOnTheFirstScreen(Viewport viewport) {
		Page page = open(viewport);
		new Journey(page).startMassagingSomeone().answerTheCheck(Set.of("fever", "pregnant"));

		Locator call = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Call 999 now"));
		assertThat(call).hasAttribute("href", "tel:999");
		assertThat(call).isInViewport();
		assertThat(page.locator("main")).not().containsText("lying on the side");
		AccessibilityTests.screenshot(page, "result-urgent-call", viewport);
	}

	@Test
	void aClearResultSaysSo() {
		Page page = open(Viewport.PHONE);
		new Journey(page).startMassagingSomeone().answerTheCheck(Set.of());

		assertThat(page.locator("h1")).containsText("No warning signs: massage is fine today");
	}

}
