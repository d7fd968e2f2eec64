package org.easeback.browser;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.easeback.support.HtmlChecker;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The player's screens are filled in by its script; what the script makes is valid HTML
 * too (the pages as sent are checked by {@code web.ValidHtmlTests}).
 */
class PlayerMarkupTests extends BrowserFixture {

	@Test
	void everyScreenOfThePlayerIsValidHtmlOnceItsScriptHasFilledItIn() {
		Page page = open(Viewport.PHONE);
		Journey journey = new Journey(page);
		List<String> errors = new ArrayList<>();

		journey.reachThePlayerWithACaution();
		journey.start(3);
		check(page, "step", errors);
		journey.nextUntilAftercare();
		check(page, "aftercare", errors);
		journey.finish(1);
		check(page, "done", errors);

		journey.reachThePlayerWithACaution();
		journey.start(3);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stop — it hurts")).click();
		page.locator("label[for='stop-pain-8']").click();
		page.locator("label[for='sharp-no']").click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Get advice")).click();
		com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("[data-advice='after']"))
			.isVisible();
		check(page, "stopped", errors);

		assertThat(errors).isEmpty();
	}

	private static void check(Page page, String screen, List<String> errors) {
		HtmlChecker.errors("<!DOCTYPE html>" + page.content().replaceFirst("(?i)^<!DOCTYPE html>", ""))
			.forEach((e) -> errors.add(screen + ": " + e));
	}

}
