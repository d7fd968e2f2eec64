package org.easeback.browser;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import org.easeback.support.HtmlChecker;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages behind a sign-in, a client's and a therapist's, filled with their data: axe
 * finds no serious or critical violation on any of them, the Nu Html Checker no error (on
 * the page as its scripts left it), and each is shot to {@code target/screenshots/}.
 */
class SignedInPagesTests extends BrowserFixture {

	@ParameterizedTest
	@EnumSource(Viewport.class)
	void everySignedInPageIsAccessibleAndValidHtml(Viewport viewport) {
		Page client = open(viewport);
		Page therapist = openAnother(viewport);
		List<String> visited = new ArrayList<>();
		List<String> inaccessible = new ArrayList<>();
		List<String> invalid = new ArrayList<>();
		new SignedInPageTour(client, therapist, (page, name) -> {
			visited.add(name);
			AccessibilityTests.screenshot(page, name, viewport);
			HtmlChecker.errors("<!DOCTYPE html>" + page.content().replaceFirst("(?i)^<!DOCTYPE html>", ""))
				.forEach((e) -> invalid.add(name + ": " + e));
			AxeScan.seriousOrCritical(page).forEach((problem) -> inaccessible.add(name + ": " + problem));
		}).walk();

		assertThat(inaccessible).isEmpty();
		assertThat(invalid).isEmpty();
		assertThat(visited).hasSize(13);
	}

}
