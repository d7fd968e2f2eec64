package org.easeback.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One screen per step: at a phone upright, a phone on its side and a desktop, every step
 * of a partner plan, a self plan and a side-lying plan shows its title, its pressure, its
 * first instruction, its diagram, the countdown and Stop together, without scrolling.
 * Screenshots of each step go to {@code target/screenshots/}.
 */
class PlayerScreenTests extends BrowserFixture {

	private static final String BOXES = """
			() => {
			  const box = (el) => {
			    if (!el || el.hidden || el.closest('[hidden]') || !el.textContent.trim() && el.tagName !== 'svg') return null;
			    const r = el.getBoundingClientRect();
			    return r.width && r.height ? { top: r.top, bottom: r.bottom, left: r.left, right: r.right } : null;
			  };
			  const screen = document.querySelector('[data-screen="step"]');
			  return {
			    title: box(screen.querySelector('[data-field="title"]')),
			    pressure: box(screen.querySelector('[data-field="pressure"]')),
			    first: box(screen.querySelector('[data-field="first"]')),
			    diagram: box(screen.querySelector('.step-diagram:not([hidden]) svg')),
			    clock: box(screen.querySelector('.clock svg')),
			    stop: box(screen.querySelector('[data-action="stop"]')),
			    hasDiagram: !!screen.querySelector('.step-diagram:not([hidden]) svg'),
			    hasPressure: !!JSON.parse(document.getElementById('plan-data').textContent).steps[window.__step].pressure,
			    scrollTop: screen.scrollTop
			  };
			}
			""";

	@ParameterizedTest(name = "{0} at {1}x{2}")
	@CsvSource({ "partner, 390, 844", "partner, 844, 390", "partner, 1280, 800", "self, 390, 844", "self, 844, 390",
			"self, 1280, 800", "side-lying, 390, 844", "side-lying, 844, 390", "side-lying, 1280, 800" })
	void everyStepShowsItsTitlePressureFirstLineDiagramCountdownAndStopWithoutScrolling(String plan, int width,
			int height) {
		Page page = open(Viewport.PHONE);
		page.setViewportSize(width, height);
		Plans plans = new Plans(page);
		page.navigate(plans.player(plan));
		page.locator("[data-action='start']").click();
		Played played = playEveryStep(page, plan, width, height);
		assertThat(played.problems()).isEmpty();
		page.locator("[data-action='next']").click();
		com.microsoft.playwright.assertions.PlaywrightAssertions
			.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)).first())
			.isVisible();
	}

	/**
	 * Plays the started plan step by step with Next, checking on each step that its parts
	 * are on screen without scrolling and taking a screenshot named after the plan.
	 */
	@SuppressWarnings("unchecked")
	static Played playEveryStep(Page page, String plan, int width, int height) {
		int total = new Plans(page).stepCount();
		List<String> problems = new ArrayList<>();
		List<String> titles = new ArrayList<>();
		for (int step = 0; step < total; step++) {
			page.evaluate("(i) => window.__step = " + step);
			page.waitForCondition(() -> page.locator("[data-field='progress']").textContent().startsWith("Step "));
			titles.add(page.locator("[data-field='title']").textContent());
			Map<String, Object> boxes = (Map<String, Object>) page.evaluate(BOXES);
			List<String> wanted = new ArrayList<>(List.of("title", "first", "clock", "stop"));
			if (Boolean.TRUE.equals(boxes.get("hasPressure"))) {
				wanted.add("pressure");
			}
			if (Boolean.TRUE.equals(boxes.get("hasDiagram"))) {
				wanted.add("diagram");
			}
			for (String part : wanted) {
				Map<String, Number> box = (Map<String, Number>) boxes.get(part);
				if (box == null && part.equals("first")) {
					continue;
				}
				if (box == null || box.get("top").doubleValue() < 0 || box.get("bottom").doubleValue() > height + 0.5
						|| box.get("left").doubleValue() < 0 || box.get("right").doubleValue() > width + 0.5) {
					problems.add("step %d %s: %s".formatted(step + 1, part, box));
				}
			}
			if (((Number) boxes.get("scrollTop")).doubleValue() != 0) {
				problems.add("step %d scrolled".formatted(step + 1));
			}
			page.screenshot(new Page.ScreenshotOptions().setPath(AccessibilityTests.SCREENSHOTS
				.resolve("player-%s-step%02d-%dx%d.png".formatted(plan, step + 1, width, height))));
			if (step < total - 1) {
				String next = "Step " + (step + 2) + " of " + total;
				page.locator("[data-action='next']").click();
				com.microsoft.playwright.assertions.PlaywrightAssertions
					.assertThat(page.locator("[data-field='progress']"))
					.hasText(next);
			}
		}
		return new Played(titles, problems);
	}

	/** The titles of the steps as they played, and what was off screen. */
	record Played(List<String> titles, List<String> problems) {

	}

}
