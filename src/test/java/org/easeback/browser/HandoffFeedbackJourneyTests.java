package org.easeback.browser;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Preparing for a visit, saving with a confirmation that takes the focus, and a hand-off
 * a therapist can use: the visit checklist without an account, registering from it into
 * the intake, a therapist who knows the client by name, sees allergies and areas to avoid
 * first, and removes a routine item. Every page is scanned with axe and shot.
 */
class HandoffFeedbackJourneyTests extends BrowserFixture {

	@ParameterizedTest
	@EnumSource(Viewport.class)
	void preparingForATherapistIsAChecklistThatLeadsToTheIntake(Viewport viewport) {
		Page page = open(viewport);
		page.navigate("/");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Prepare for a therapist")).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Prepare for a therapist visit");
		assertThat(page.locator(".checklist li").first()).containsText("medical history");
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Print this checklist")))
			.isVisible();
		scan(page, "visit", viewport);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("register").setExact(true)).click();
		String email = "visit-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		page.getByLabel("Email").fill(email);
		page.getByLabel("Your name (optional)").fill("Robin Ash");
		page.getByLabel("Password").fill(Accounts.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create my account")).click();

		// registering signed in and went where the link was going
		assertThat(page).hasURL(baseUrl() + "/handoff");
		assertThat(page.locator(".signed-in")).hasText(email);
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your account is ready");

		page.getByLabel("Oils or anything else you react to").fill("Almond oil");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save intake")).click();
		Locator saved = page.getByRole(AriaRole.STATUS);
		assertThat(saved).containsText("Your intake is saved");
		assertThat(saved).isFocused();
		scan(page, "handoff-saved", viewport);
	}

	@ParameterizedTest
	@EnumSource(Viewport.class)
	void aTherapistKnowsTheClientByNameSeesAllergiesFirstAndRemovesARoutineItem(Viewport viewport) {
		Page client = open(viewport);
		String clientEmail = new Accounts(client).registerClientAndSignIn("named-" + viewport.label());
		client.navigate("/account");
		client.getByLabel("Name a therapist you share with sees before your email (optional)").fill("Sam Birch");
		client.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save name")).click();
		assertThat(client.getByRole(AriaRole.STATUS)).containsText("Your name is saved");
		assertThat(client.getByRole(AriaRole.STATUS)).isFocused();
		scan(client, "account-saved", viewport);
		client.navigate("/handoff");
		client.locator("input[name='allergies'][value='LATEX']").check();
		client.locator("input[name='avoidAreas'][value='SACRUM']").check();
		client.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save intake")).click();
		assertThat(client.getByRole(AriaRole.STATUS)).containsText("Your intake is saved");
		client.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make a share code")).click();
		assertThat(client.getByRole(AriaRole.STATUS)).containsText("Your share code is");
		String shareCode = client.locator(".shares .share-code").textContent().strip();

		Page therapist = openAnother(viewport);
		new Accounts(therapist).registerTherapistAndSignIn("named-therapist-" + viewport.label());
		assertThat(therapist).hasURL(baseUrl() + "/therapist");
		therapist.getByLabel("Share code from a client").fill(shareCode);
		therapist.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the hand-off")).click();

		assertThat(therapist.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Sam Birch");
		assertThat(therapist.locator(".client-email")).hasText(clientEmail);
		assertThat(therapist.getByRole(AriaRole.STATUS)).isFocused();
		Locator first = therapist.locator(".before-you-start");
		assertThat(first).containsText("Latex");
		assertThat(first.locator(".avoid-areas")).containsText("Sacrum");
		assertThat(therapist.locator("main h2").first()).hasText("Before you start");

		Locator item = therapist.getByLabel("Stretch or self-massage");
		String routine = item.locator("option").first().textContent().replaceFirst(" \\([^)]*\\)$", "");
		item.selectOption(new SelectOption().setIndex(0));
		therapist.getByLabel("How often").fill("every evening");
		therapist.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign")).click();
		assertThat(therapist.getByRole(AriaRole.STATUS)).containsText("assigned");
		assertThat(therapist.locator(".routine-items")).containsText(routine + ": every evening");
		scan(therapist, "therapist-client", viewport);

		therapist.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove " + routine)).click();
		assertThat(therapist.getByRole(AriaRole.STATUS)).containsText("removed");
		assertThat(therapist.getByRole(AriaRole.STATUS)).isFocused();
		assertThat(therapist.locator(".routine-items li")).hasCount(0);

		therapist.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("All clients")).click();
		assertThat(therapist.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Sam Birch (" + clientEmail + ")")))
			.isVisible();
		new Accounts(therapist).signOut();
	}

	@ParameterizedTest
	@EnumSource(Viewport.class)
	void aTherapistWhoSignsInLandsOnTheDashboard(Viewport viewport) {
		Page page = open(viewport);
		Accounts accounts = new Accounts(page);
		String email = accounts.registerTherapistAndSignIn("landing-" + viewport.label());
		accounts.signOut();
		page.navigate("/login");
		page.getByLabel("Email").fill(email);
		page.getByLabel("Password").fill(Accounts.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();

		assertThat(page).hasURL(baseUrl() + "/therapist");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Your clients");
	}

	private static void scan(Page page, String name, Viewport viewport) {
		AccessibilityTests.screenshot(page, name, viewport);
		assertThat(AxeScan.seriousOrCritical(page)).as(name).isEmpty();
	}

}
