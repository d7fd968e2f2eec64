package org.easeback.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Base of the browser tests: EaseBack on a random port, driven by Playwright through the
 * system Chromium. One browser per test class, a fresh context (cookies, storage, service
 * workers) per test. Without {@code /usr/bin/chromium} the class is skipped, not failed.
 * <p>
 * Playwright never downloads a browser here: {@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1}
 * is passed to its driver, and the driver itself (Node.js and the Playwright package)
 * comes from the {@code driver-bundle} jar on the test class path.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("browser")
public abstract class BrowserFixture {

	static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	protected int port;

	protected BrowserContext context;

	private final List<BrowserContext> others = new ArrayList<>();

	private final List<String> pageErrors = new ArrayList<>();

	private static final int ACTION_TIMEOUT_MS = 30_000;

	@BeforeAll
	static void launchChromium() {
		PlaywrightAssertions.setDefaultAssertionTimeout(ACTION_TIMEOUT_MS);
		assumeTrue(Files.isExecutable(CHROMIUM), "Browser tests skipped: " + CHROMIUM
				+ " is missing. Install it with 'apt-get install chromium' " + "(.ci/run does this) to run them.");
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(CHROMIUM_ARGS));
	}

	@AfterAll
	static void closeChromium() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
		if (playwright != null) {
			playwright.close();
			playwright = null;
		}
	}

	/**
	 * A new page in a fresh context of the given size, opened on the home page's origin.
	 */
	protected Page open(Viewport viewport) {
		this.context = newContext(viewport);
		return newPage(this.context);
	}

	/**
	 * A page in a second, separate context (its own cookies and storage), as a second
	 * person on another device; closed after the test like the first.
	 */
	protected Page openAnother(Viewport viewport) {
		BrowserContext another = newContext(viewport);
		this.others.add(another);
		return newPage(another);
	}

	private BrowserContext newContext(Viewport viewport) {
		BrowserContext created = browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl())
			.setViewportSize(viewport.width(), viewport.height())
			.setIsMobile(viewport.mobile())
			.setHasTouch(viewport.mobile())
			.setLocale("en-GB"));
		// generous: on a shared virtual machine the host can take half the CPU for
		// minutes
		// (CPU steal 44-51% when a click on a visible, enabled radio button timed out at
		// 10 s); a passing step never waits for it
		created.setDefaultTimeout(ACTION_TIMEOUT_MS);
		return created;
	}

	private Page newPage(BrowserContext in) {
		Page page = in.newPage();
		page.onPageError((error) -> this.pageErrors.add(page.url() + ": " + error));
		return page;
	}

	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

	@AfterEach
	void closeContextAndCheckScripts() {
		if (this.context != null) {
			this.context.close();
			this.context = null;
		}
		this.others.forEach(BrowserContext::close);
		this.others.clear();
		assertThat(this.pageErrors).as("uncaught script errors").isEmpty();
	}

}
