package org.easeback.browser;

import java.util.Map;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone propped by the massage table, a step's title and its first instruction are
 * on screen as the step opens, above the sticky bar with Stop and the controls, so the
 * person never has to scroll with oily hands to read what to do.
 */
class PhonePlayerLayoutTests extends BrowserFixture {

	private static final String LAYOUT = """
			() => {
			  const bar = document.querySelector('[data-screen="step"] .player-bar').getBoundingClientRect();
			  const title = document.querySelector('[data-field="title"]').getBoundingClientRect();
			  const first = document.querySelector('[data-field="first"]').getBoundingClientRect();
			  return { barTop: bar.top, titleTop: title.top, firstTop: first.top, firstBottom: first.bottom,
			    viewport: window.innerHeight };
			}
			""";

	@Test
	@SuppressWarnings("unchecked")
	void everyStepsFirstInstructionIsAboveTheStickyBarWithoutScrolling() {
		Page page = open(Viewport.PHONE);
		Journey journey = new Journey(page);
		journey.reachThePlayerWithACaution();
		journey.start(3);
		int total = journey.totalSteps();
		for (int step = 1; step <= total; step++) {
			if (step == 1) {
				AccessibilityTests.screenshot(page, "player-step-fold", Viewport.PHONE);
			}
			Map<String, Number> layout = (Map<String, Number>) page.evaluate(LAYOUT);
			assertThat(layout.get("barTop").doubleValue()).as("step %d: the bar sits at the bottom of the screen", step)
				.isLessThanOrEqualTo(layout.get("viewport").doubleValue());
			assertThat(layout.get("titleTop").doubleValue()).as("step %d: title on screen", step)
				.isGreaterThanOrEqualTo(0);
			assertThat(layout.get("firstBottom").doubleValue())
				.as("step %d: first instruction above the sticky bar %s", step, layout)
				.isLessThanOrEqualTo(layout.get("barTop").doubleValue());
			if (step < total) {
				journey.next();
			}
		}
	}

}
