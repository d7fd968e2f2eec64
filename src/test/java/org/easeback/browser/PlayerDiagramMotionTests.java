package org.easeback.browser;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import com.microsoft.playwright.options.ReducedMotion;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The step's diagram moves: the hands travel the first stroke from its start, and with
 * reduced motion, or on paper, the picture stands still.
 */
class PlayerDiagramMotionTests extends BrowserFixture {

	/**
	 * Where the first stroke's hands are, in the map's units, and how far that is from
	 * the stroke's line; the animation restarts first when asked.
	 */
	private static final String HANDS = """
			(restart) => {
			  const svg = document.querySelector('.step-diagram:not([hidden]) svg.diagram-map');
			  if (restart) svg.setCurrentTime(0);
			  const mover = svg.querySelector('.dg-mover[data-stroke="1"]');
			  const line = svg.querySelector(mover.querySelector('mpath').getAttribute('href'));
			  const r = mover.getBoundingClientRect();
			  const at = new DOMPoint(r.left + r.width / 2, r.top + r.height / 2).matrixTransform(svg.getScreenCTM().inverse());
			  let off = Infinity;
			  for (let s = 0; s <= line.getTotalLength(); s += 0.5) {
			    const p = line.getPointAtLength(s);
			    off = Math.min(off, Math.hypot(p.x - at.x, p.y - at.y));
			  }
			  return { x: at.x, y: at.y, off, shown: r.width > 0 && getComputedStyle(mover).opacity !== '0' };
			}
			""";

	/** Every drawn part of the shown diagram, with its place on screen. */
	private static final String PICTURE = """
			() => Array.from(document.querySelectorAll('.step-diagram:not([hidden]) svg *'), (el) => {
			  const r = el.getBoundingClientRect();
			  return [el.tagName, r.left, r.top, r.width, r.height, getComputedStyle(el).opacity].join(' ');
			})
			""";

	@Test
	@SuppressWarnings("unchecked")
	void theHandsTravelAlongTheFirstStroke() {
		Page page = toAStrokeDiagram(open(Viewport.PHONE));

		Map<String, Object> first = (Map<String, Object>) page.evaluate(HANDS, true);
		page.waitForTimeout(700);
		Map<String, Object> later = (Map<String, Object>) page.evaluate(HANDS, false);

		assertThat(first.get("shown")).isEqualTo(true);
		assertThat(later.get("shown")).isEqualTo(true);
		assertThat(number(first, "off")).as("on the stroke's line").isLessThan(1.5);
		assertThat(number(later, "off")).as("on the stroke's line").isLessThan(1.5);
		assertThat(Math.hypot(number(later, "x") - number(first, "x"), number(later, "y") - number(first, "y")))
			.as("moved along it")
			.isGreaterThan(3);
	}

	@Test
	void withReducedMotionNothingMoves() {
		Page page = open(Viewport.PHONE);
		page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
		toAStrokeDiagram(page);

		assertThat(page.locator(".step-diagram:not([hidden]) .dg-mover").first()).isHidden();
		assertStill(page);
	}

	@Test
	void onPaperNothingMoves() {
		Page page = toAStrokeDiagram(open(Viewport.PHONE));
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));

		assertThat(page.locator(".step-diagram:not([hidden]) .dg-mover").first()).isHidden();
		assertStill(page);
	}

	@SuppressWarnings("unchecked")
	private static void assertStill(Page page) {
		page.evaluate("() => document.querySelector('.step-diagram:not([hidden]) svg.diagram-map').setCurrentTime(0)");
		List<String> before = (List<String>) page.evaluate(PICTURE);
		page.waitForTimeout(700);
		List<String> after = (List<String>) page.evaluate(PICTURE);
		assertThat(after).isEqualTo(before);
	}

	/** A partner plan's player, on the first step with a stroke diagram. */
	private static Page toAStrokeDiagram(Page page) {
		page.navigate(new Plans(page).player("partner"));
		page.locator("[data-action='start']").click();
		for (int step = 0; step < 20; step++) {
			if (page.locator(".step-diagram:not([hidden]) svg.diagram-map").count() > 0) {
				return page;
			}
			String progress = page.locator("[data-field='progress']").textContent();
			page.locator("[data-action='next']").click();
			assertThat(page.locator("[data-field='progress']")).not().hasText(progress);
		}
		throw new IllegalStateException("no step with a stroke diagram");
	}

	private static double number(Map<String, Object> values, String key) {
		return ((Number) values.get(key)).doubleValue();
	}

}
