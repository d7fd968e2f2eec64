package org.easeback.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The library: grouped by kind, searched and filtered on one screen, drawn in small. */
class LibraryBrowsingTests extends BrowserFixture {

	/**
	 * How tall the whole library may be on a phone, in CSS pixels: the single list it
	 * replaced was about 19,000.
	 */
	static final int PHONE_HEIGHT_AT_MOST = 15_000;

	@ParameterizedTest
	@EnumSource(Viewport.class)
	void theLibraryOpensOnTechniquesDrawnInSmallAndEndsWithTheBodyAreas(Viewport viewport) {
		Page page = open(viewport);
		page.navigate("/library");

		Locator groups = page.locator("section.library-group > h2");
		assertThat(groups.first()).hasText("Partner techniques");
		assertThat(groups.last()).hasText("Body areas");
		Locator firstCard = page.locator(".library-card").first();
		assertThat(firstCard).isInViewport();
		Locator thumbnail = firstCard.locator("img.library-thumb");
		thumbnail.scrollIntoViewIfNeeded();
		page.waitForFunction("(img) => img.complete && img.naturalWidth > 0", thumbnail.elementHandle());
		AccessibilityTests.screenshot(page, "library-grouped", viewport);
		int height = ((Number) page.evaluate("() => document.documentElement.scrollHeight")).intValue();
		System.out.println("library page height on " + viewport.label() + ": " + height + " px");
		if (viewport == Viewport.PHONE) {
			assertThat(height).isLessThan(PHONE_HEIGHT_AT_MOST);
		}
	}

	@Test
	void aSearchWithAKindShowsOnlyThatGroupAndKeepsWhatWasTyped() {
		Page page = open(Viewport.PHONE);
		page.navigate("/library");
		page.getByLabel("Search").fill("ball");
		page.getByLabel("Kind", new Page.GetByLabelOptions().setExact(true)).selectOption("SELF_MASSAGE");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
		page.waitForURL("**q=ball**");

		assertThat(page.locator("section.library-group > h2")).hasText(new String[] { "Self-massage" });
		assertThat(page.getByLabel("Search")).hasValue("ball");
		assertThat(page.locator(".library-card").first()).isInViewport();
	}

	@Test
	void theRarerFiltersOpenWithATapAndStayOpenOnceUsed() {
		Page page = open(Viewport.PHONE);
		page.navigate("/library");
		Locator equipment = page.getByLabel("Equipment");
		assertThat(equipment).isHidden();

		page.getByText("Who, area and equipment").click();
		equipment.selectOption("WALL");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
		page.waitForURL("**equipment=WALL**");

		assertThat(equipment).isVisible();
		assertThat(equipment).hasValue("WALL");
	}

}
