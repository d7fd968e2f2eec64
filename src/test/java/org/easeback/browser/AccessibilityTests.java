package org.easeback.browser;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An axe-core scan of every page and player screen finds no serious or critical
 * violation. The same walk writes a screenshot of each one to
 * {@code target/screenshots/}.
 */
class AccessibilityTests extends BrowserFixture {

	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	@ParameterizedTest
	@EnumSource(Viewport.class)
	void everyPageHasNoSeriousOrCriticalAccessibilityViolation(Viewport viewport) {
		Page page = open(viewport);
		List<String> problems = new ArrayList<>();
		List<String> visited = new ArrayList<>();
		new PageTour(page, (name) -> {
			visited.add(name);
			screenshot(page, name, viewport);
			AxeScan.seriousOrCritical(page).forEach((problem) -> problems.add(name + ": " + problem));
		}).walk();

		assertThat(visited).hasSizeGreaterThanOrEqualTo(18);
		assertThat(problems).isEmpty();
	}

	@Test
	void theScanFindsAButtonWithoutAName() {
		Page page = open(Viewport.DESKTOP);
		page.setContent("<!DOCTYPE html><html lang=\"en\"><title>t</title><main><button></button></main></html>");

		assertThat(AxeScan.seriousOrCritical(page)).anyMatch((problem) -> problem.contains("button-name"));
	}

	/**
	 * Pages are shot whole; the player's screens as the person sees them, since its Stop
	 * button and controls stick to the bottom of the screen.
	 */
	static void screenshot(Page page, String name, Viewport viewport) {
		page.screenshot(new Page.ScreenshotOptions().setFullPage(!name.startsWith("player-"))
			.setPath(SCREENSHOTS.resolve(name + "-" + viewport.label() + ".png")));
	}

}
