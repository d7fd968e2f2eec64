package org.easeback.browser;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A phone is shared: after someone signs out, nothing of their sessions stays in the
 * browser, neither the plan pages the service worker kept for offline use nor the session
 * events still waiting to be sent.
 */
class SignOutTests extends BrowserFixture {

	/** The paths of the plan pages kept for offline use. */
	static final String KEPT_PLANS = """
			async () => {
			  if (!(await caches.has('easeback-plans-v1'))) return [];
			  const cache = await caches.open('easeback-plans-v1');
			  return (await cache.keys()).map((request) => new URL(request.url).pathname);
			}
			""";

	/** The localStorage keys of session events waiting to be sent. */
	static final String WAITING_EVENTS = "() => Object.keys(localStorage).filter((k) => k.startsWith('easeback.pending.'))";

	@Test
	@SuppressWarnings("unchecked")
	void signingOutLeavesNoPlanAndNoWaitingEventInTheBrowser() {
		Page page = open(Viewport.PHONE);
		Accounts accounts = new Accounts(page);
		accounts.registerClientAndSignIn("shared-phone");
		Journey journey = new Journey(page);
		UUID planId = journey.reachThePlayerWithACaution();
		this.context.route("**/api/v1/plans/*/events", Route::abort);
		journey.start(4).next();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> ((List<String>) page.evaluate(KEPT_PLANS)).contains("/sessions/" + planId));
		assertThat((List<String>) page.evaluate(WAITING_EVENTS)).containsExactly("easeback.pending." + planId);
		this.context.unrouteAll();
		// on a phone a running step fills the screen; the person leaves it for the menu
		page.navigate("/");

		accounts.signOut();

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat((List<String>) page.evaluate(KEPT_PLANS)).isEmpty());
		assertThat((List<String>) page.evaluate(WAITING_EVENTS)).isEmpty();
	}

	@Test
	@SuppressWarnings("unchecked")
	void deletingTheAccountLeavesNoPlanAndNoWaitingEventInTheBrowser() {
		Page page = open(Viewport.DESKTOP);
		String email = new Accounts(page).registerClientAndSignIn("deleted");
		page.evaluate("""
				async () => {
				  localStorage.setItem('easeback.pending.00000000-0000-0000-0000-000000000001', '[{"type":"STARTED"}]');
				  const cache = await caches.open('easeback-plans-v1');
				  await cache.put('/sessions/00000000-0000-0000-0000-000000000001', new Response('plan'));
				}
				""");
		page.navigate("/account");
		page.getByLabel("Type your email address to confirm").fill(email);
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Delete my account and all its data"))
			.click();
		page.waitForURL("**/?accountDeleted");

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat((List<String>) page.evaluate(KEPT_PLANS)).isEmpty());
		assertThat((List<String>) page.evaluate(WAITING_EVENTS)).isEmpty();
	}

}
