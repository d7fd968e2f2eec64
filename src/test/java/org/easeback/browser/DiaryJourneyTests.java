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
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Your pain diary");
		assertThat(page.locator("#pain-chart")).hasCount(0);

		String note = "Stiff after the drive home (" + viewport.label() + ")";
		page.getByLabel("Pain now, 0 (none) to 10 (worst imaginable)").fill("7");
		page.getByLabel("Note (optional, up to 2,000 characters)").fill(note);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save entry")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Entry saved.");
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
		assertThat(page.locator(".timeline li")).hasCount(0);
		assertThat(page.getByText("No entries yet.")).isVisible();
	}

}
