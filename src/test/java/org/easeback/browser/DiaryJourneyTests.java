package org.easeback.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 4: a person registers, writes a diary entry, sees it drawn on the chart and
 * downloads the diary as a spreadsheet.
 */
class DiaryJourneyTests extends BrowserFixture {

	/**
	 * The chart's points as Chart.js holds them, once it has drawn: the pain line's
	 * values and how many of the canvas's pixels carry the line's colour (#0b5c6b).
	 */
	private static final String DRAWN = """
			() => {
			  const canvas = document.getElementById('pain-chart');
			  const chart = window.Chart && window.Chart.getChart(canvas);
			  if (!chart) return null;
			  const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
			  let inked = 0;
			  for (let i = 0; i < pixels.length; i += 4) {
			    if (pixels[i + 3] > 200 && Math.abs(pixels[i] - 11) < 16 && Math.abs(pixels[i + 1] - 92) < 16
			        && Math.abs(pixels[i + 2] - 107) < 16) inked++;
			  }
			  return { pains: chart.data.datasets[0].data.map((p) => p.y), inked };
			}
			""";

	@ParameterizedTest
	@EnumSource(Viewport.class)
	@SuppressWarnings("unchecked")
	void aNewEntryIsOnTheChartAndInTheDownloadedSpreadsheet(Viewport viewport) throws IOException {
		Page page = open(viewport);
		new Accounts(page).registerClientAndSignIn("diary-" + viewport.label());
		page.navigate("/diary");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Your pain diary");
		assertThat(page.locator("#pain-chart")).hasCount(0);

		String note = "Stiff after the drive home (" + viewport.label() + ")";
		page.locator("label.scale-step:has(input[value='7'])").click();
		page.locator(".more-details > summary").click();
		page.getByLabel("Note (optional, up to 2,000 characters)").fill(note);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save entry")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Entry saved.");
		assertThat(page.getByRole(AriaRole.STATUS)).isFocused();
		assertThat(page.locator(".timeline li")).hasCount(1);
		assertThat(page.locator(".timeline li").first()).containsText("pain 7");
		assertThat(page.locator(".timeline li").first()).containsText(note);

		assertThat(page.locator("#pain-chart")).isVisible();
		page.waitForFunction("() => window.Chart && window.Chart.getChart(document.getElementById('pain-chart'))");
		var drawn = (java.util.Map<String, Object>) page.evaluate(DRAWN);
		assertThat((List<Object>) drawn.get("pains")).containsExactly(7);
		assertThat((Integer) drawn.get("inked")).as("pixels of the pain line's point").isGreaterThan(20);

		Download download = page.waitForDownload(() -> page
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download entries as a spreadsheet (CSV)"))
			.click());
		assertThat(download.suggestedFilename()).isEqualTo("easeback-diary.csv");
		List<String> lines = Files.readAllLines(download.path(), StandardCharsets.UTF_8);
		assertThat(lines).hasSize(2);
		assertThat(lines.get(0)).startsWith("taken_at,pain,");
		assertThat(lines.get(1)).contains(",7,").endsWith(note);

		page.locator(".timeline li")
			.first()
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete"))
			.click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Entry deleted.");
		assertThat(page.getByRole(AriaRole.STATUS)).isFocused();
		assertThat(page.locator(".timeline li")).hasCount(0);
		assertThat(page.getByText("No entries yet.")).isVisible();
	}

	/**
	 * Pain and an area on a phone: one tap on the scale, one on the map, one on Save; the
	 * saved entry names the area as the map does, and the page says it was saved.
	 */
	@org.junit.jupiter.api.Test
	void aNewEntryOfPainAndAreaTakesAtMostFiveTapsOnAPhone() {
		Page page = anEmptyDiaryOnAPhone("diary-taps");
		int taps = 0;

		page.locator("label.scale-step:has(input[value='6'])").click();
		taps++;
		page.locator(".diary-map [data-region='LUMBAR_LEFT']").click();
		taps++;
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save entry")).click();
		taps++;

		assertThat(taps).isLessThanOrEqualTo(5);
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Entry saved.");
		assertThat(page.getByRole(AriaRole.STATUS)).isFocused();
		assertThat(page.locator(".timeline li").first()).containsText("pain 6");
		assertThat(page.locator(".timeline li").first()).containsText("Lower back, left side (6)");
	}

	/**
	 * From the list instead of the map: each area's strength sits beside its box and is
	 * named by the area, so a screen reader and a finger find the same pair.
	 */
	@org.junit.jupiter.api.Test
	void anAreaAndItsStrengthAreSetTogetherFromTheList() {
		Page page = anEmptyDiaryOnAPhone("diary-list");

		page.locator("label.scale-step:has(input[value='5'])").click();
		page.locator(".area-list > summary").click();
		page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Lower back, right side")).check();
		page.getByRole(AriaRole.SPINBUTTON,
				new Page.GetByRoleOptions().setName("Lower back, right side How strong (0–10)"))
			.fill("8");
		assertThat(page.locator(".diary-map [data-region='LUMBAR_RIGHT']")).hasAttribute("aria-pressed", "true");
		page.locator(".area-list")
			.screenshot(new Locator.ScreenshotOptions()
				.setPath(AccessibilityTests.SCREENSHOTS.resolve("diary-area-list-phone.png")));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save entry")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Entry saved.");
		assertThat(page.locator(".timeline li").first()).containsText("Lower back, right side (8)");
	}

	/** A week of entries fills the chart, and the reader can choose a longer span. */
	@org.junit.jupiter.api.Test
	void theChartFitsAWeekAndTheReaderChoosesTheSpan() {
		Page page = anEmptyDiaryOnAPhone("diary-range");
		page.locator("label.scale-step:has(input[value='4'])").click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save entry")).click();

		assertThat(page.locator(".range-choice[aria-current='true']")).hasText("7 days");
		assertThat(page.locator("#pain-chart")).hasAttribute("data-series", "/api/v1/diary/series?days=7");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("30 days")).click();
		assertThat(page.locator(".range-choice[aria-current='true']")).hasText("30 days");
		assertThat(page.locator("#pain-chart")).hasAttribute("data-series", "/api/v1/diary/series?days=30");
		page.waitForFunction("() => window.Chart && window.Chart.getChart(document.getElementById('pain-chart'))");
	}

	/** A new client's diary on a phone, signed in as an account made for the test. */
	private Page anEmptyDiaryOnAPhone(String account) {
		Page page = open(Viewport.PHONE);
		new Accounts(page).registerClientAndSignIn(account);
		page.navigate("/diary");
		return page;
	}

}
