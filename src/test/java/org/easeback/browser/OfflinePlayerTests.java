package org.easeback.browser;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The phone loses its connection in the middle of a session: the session carries on, and
 * what it recorded reaches the server once the phone is back online. The service worker
 * keeps the started plan's page so it even reloads offline, and stores nothing else but
 * the player's shell.
 */
class OfflinePlayerTests extends BrowserFixture {

	private static final String CACHED_PATHS = """
			async () => {
			  const paths = [];
			  for (const name of await caches.keys()) {
			    const cache = await caches.open(name);
			    for (const request of await cache.keys()) paths.push(new URL(request.url).pathname);
			  }
			  return paths;
			}
			""";

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSessionThatLosesItsConnectionFinishesAndItsEventsArriveWhenBackOnline() {
		Page page = open(Viewport.PHONE);
		Journey journey = new Journey(page);
		UUID planId = journey.reachThePlayerWithACaution();
		journey.start(4).next();
		waitUntilThePlanPageIsKeptOffline(page);

		this.context.setOffline(true);
		assertThat(page.locator("[data-field='offline']")).isVisible();
		int steps = journey.nextUntilAftercare();
		journey.finish(1);
		assertThat(events(planId)).doesNotContain("COMPLETED");
		assertThat(pendingEvents(page, planId)).isGreaterThan(0);

		this.context.setOffline(false);

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(events(planId)).endsWith("COMPLETED"));
		assertThat(events(planId)).startsWith("STARTED").filteredOn("STEP_DONE"::equals).hasSize(steps);
		assertThat(pendingEvents(page, planId)).isZero();
		assertThat(page.locator("[data-field='offline']")).isHidden();
	}

	@Test
	void aStartedPlanReloadsOfflineAndNothingButTheShellAndThatPlanIsStored() {
		Page page = open(Viewport.PHONE);
		Journey journey = new Journey(page);
		UUID other = journey.reachThePlayerWithACaution();
		page.navigate("/library");
		UUID planId = journey.reachThePlayerWithACaution();
		journey.start(4);
		waitUntilThePlanPageIsKeptOffline(page);

		this.context.setOffline(true);
		Response reloaded = page.reload();

		assertThat(reloaded.fromServiceWorker()).isTrue();
		assertThat(page.locator("[data-action='start']")).isVisible();
		assertThat(page.locator("#plan-data")).hasCount(1);
		journey.start(2).next();
		assertThatThrownBy(() -> page.navigate("/sessions/" + other)).isInstanceOf(PlaywrightException.class);

		this.context.setOffline(false);
		page.navigate("/sessions/" + planId);
		@SuppressWarnings("unchecked")
		List<String> stored = (List<String>) page.evaluate(CACHED_PATHS);
		assertThat(stored).containsExactlyInAnyOrder("/css/easeback.css", "/js/player.js", "/js/pwa.js",
				"/icons/icon.svg", "/icons/icon-192.png", "/icons/icon-512.png", "/manifest.webmanifest",
				"/sessions/" + planId);
	}

	private static void waitUntilThePlanPageIsKeptOffline(Page page) {
		await().atMost(Duration.ofSeconds(20)).until(() -> (Boolean) page.evaluate("""
				async () => {
				  const registration = await navigator.serviceWorker.ready;
				  const cache = await caches.open('easeback-plans-v1');
				  return registration.active !== null && navigator.serviceWorker.controller !== null
				    && (await cache.match(location.pathname)) !== undefined;
				}
				"""));
	}

	private List<String> events(UUID planId) {
		return new SessionEvents(this.jdbc).types(planId);
	}

	private static int pendingEvents(Page page, UUID planId) {
		return (Integer) page.evaluate(
				"id => JSON.parse(localStorage.getItem('easeback.pending.' + id) || '[]').length", planId.toString());
	}

}
