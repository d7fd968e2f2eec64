package org.easeback.browser;

import java.util.function.BiConsumer;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Every page behind a sign-in, reached the way its owner reaches it: a client's diary,
 * entry form, account and hand-off, then a therapist's dashboard, client page and note
 * form, with the client's data in them. At each one the tour hands the page and its name
 * to a visitor (an accessibility scan, the HTML checker, a screenshot).
 */
final class SignedInPageTour {

	private final Page client;

	private final Page therapist;

	private final BiConsumer<Page, String> visitor;

	SignedInPageTour(Page client, Page therapist, BiConsumer<Page, String> visitor) {
		this.client = client;
		this.therapist = therapist;
		this.visitor = visitor;
	}

	void walk() {
		new Accounts(this.client).registerClientAndSignIn("tour");
		// registering lands on the account page; the tour starts at the diary
		this.client.navigate("/diary");
		assertThat(this.client.locator("h1")).hasText("Your pain diary");
		visit(this.client, "diary-empty");

		// the server's messages, as a browser that does not check the form itself shows
		// them
		this.client.evaluate("() => document.querySelector(\"form[action='/diary/entries']\").noValidate = true");
		this.client.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save entry")).click();
		assertThat(this.client.locator(".error-summary")).isVisible();
		visit(this.client, "diary-with-errors");

		this.client.locator("label.scale-step:has(input[value='6'])").click();
		this.client.locator(".more-details > summary").click();
		this.client.locator("input[name='tags']").first().check();
		this.client.getByLabel("Note (optional, up to 2,000 characters)").fill("Sore after a long day at the desk");
		this.client.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save entry")).click();
		assertThat(this.client.getByRole(AriaRole.STATUS)).hasText("Entry saved.");
		this.client
			.waitForFunction("() => window.Chart && window.Chart.getChart(document.getElementById('pain-chart'))");
		visit(this.client, "diary");

		this.client.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change")).first().click();
		assertThat(this.client.locator("h1")).hasText("Change an entry");
		visit(this.client, "diary-entry");

		this.client.navigate("/account");
		visit(this.client, "account");

		this.client.navigate("/handoff");
		this.client.getByLabel("Your goals").fill("Garden without a sore back");
		this.client.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save intake")).click();
		this.client.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make a share code")).click();
		Locator code = this.client.locator(".shares .share-code");
		assertThat(code).hasCount(1);
		String shareCode = code.textContent().strip();
		visit(this.client, "handoff");

		this.client.navigate("/handoff/summary");
		visit(this.client, "handoff-summary");

		new Accounts(this.therapist).registerTherapistAndSignIn("tour-therapist");
		this.therapist.navigate("/therapist");
		visit(this.therapist, "therapist-dashboard-empty");
		this.therapist.getByLabel("Share code from a client").fill(shareCode);
		this.therapist.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the hand-off")).click();
		// allergies and areas to avoid come before anything else on the client's page
		assertThat(this.therapist.locator("h2").first()).hasText("Before you start");
		visit(this.therapist, "therapist-client-new");

		Locator newNote = this.therapist.locator("form")
			.filter(new Locator.FilterOptions()
				.setHas(this.therapist.locator("button", new Page.LocatorOptions().setHasText("Save note"))));
		newNote.getByLabel("Visit date").fill("2026-11-20");
		newNote.getByLabel("Subjective").fill("Ache low on the left");
		newNote.getByLabel("Assessment").fill("Muscular, no red flags");
		newNote.locator("input[name='marks']").first().check();
		newNote.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save note")).click();
		assertThat(this.therapist.locator("article.note")).hasCount(1);
		this.therapist.getByLabel("How often").fill("once a day");
		this.therapist.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign")).click();
		assertThat(this.therapist.getByText(": once a day")).isVisible();
		visit(this.therapist, "therapist-client");

		this.therapist.locator("article.note summary", new Page.LocatorOptions().setHasText("Amend this note")).click();
		assertThat(this.therapist.locator("article.note form")).isVisible();
		this.therapist.locator("article.note form").scrollIntoViewIfNeeded();
		visit(this.therapist, "therapist-note-form");

		this.therapist.navigate("/therapist");
		assertThat(this.therapist.locator(".clients li")).hasCount(1);
		visit(this.therapist, "therapist-dashboard");
		this.therapist.locator(".clients a").click();
		this.therapist.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("One-page summary")).click();
		assertThat(this.therapist.locator("h1")).hasText("Massage hand-off summary");
		visit(this.therapist, "therapist-client-summary");
	}

	private void visit(Page page, String name) {
		this.visitor.accept(page, name);
	}

}
