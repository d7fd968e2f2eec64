package org.easeback.browser;

import java.util.Set;
import java.util.function.Consumer;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Every page and every screen of the player, reached the way a person reaches it. At each
 * one the tour hands its name to a visitor (an accessibility scan, a screenshot).
 */
final class PageTour {

	private final Page page;

	private final Journey journey;

	private final Consumer<String> visitor;

	PageTour(Page page, Consumer<String> visitor) {
		this.page = page;
		this.journey = new Journey(page);
		this.visitor = visitor;
	}

	void walk() {
		this.page.navigate("/");
		visit("home");

		this.journey.startMassagingSomeone();
		visit("check");
		this.journey.sendTheCheck();
		assertThat(this.page.locator("#error-summary")).isVisible();
		visit("check-with-errors");

		this.journey.answerBloodThinners();
		visit("result-caution");
		this.journey.planWithTheChanges();
		visit("plan");
		this.journey.buildTheSession();
		visit("player-start");
		this.journey.start(4);
		visit("player-step");
		this.journey.next();
		visit("player-step-2");
		this.journey.nextUntilAftercare();
		visit("player-aftercare");
		this.journey.finish(2);
		visit("player-done");

		this.journey.startMassagingSomeone().answerTheCheck(Set.of());
		visit("result-clear");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan the massage")).click();
		this.journey.buildTheSession();
		this.journey.start(6);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stop — it hurts")).click();
		visit("player-stopped");
		this.page.locator("label[for='stop-pain-8']").click();
		this.page.locator("label[for='sharp-yes']").click();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Get advice")).click();
		assertThat(this.page.locator("[data-advice='after']")).isVisible();
		visit("player-stopped-advice");

		this.journey.startMassagingSomeone().answerTheCheck(Set.of("saddle_numbness"));
		visit("result-urgent");
		// the answers posted to the plan form anyway, as a forged or replayed form would
		this.page.evaluate("() => { const f = document.querySelector(\"form[action='/check/change']\");"
				+ " f.action = '/plan/form'; f.submit(); }");
		this.page.waitForURL("**/plan/form");
		assertThat(this.page.locator("h1")).containsText("Get urgent medical care today");
		visit("plan-refused-urgent");

		this.page.navigate("/library");
		visit("library");
		this.page.navigate("/library?region=LUMBAR_LEFT");
		visit("library-region");
		this.page.navigate("/library?kind=TECHNIQUE");
		this.page.locator(".library-list a").first().click();
		assertThat(this.page.locator("#diagram-heading")).isVisible();
		visit("library-technique");
		this.page.navigate("/library?kind=STRETCH");
		this.page.locator(".library-list a").first().click();
		visit("library-stretch");

		this.page.navigate("/no-such-page");
		visit("not-found");
	}

	private void visit(String name) {
		this.visitor.accept(name);
	}

}
