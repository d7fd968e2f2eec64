package org.easeback.browser;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;

/**
 * Plans made through the API for the player's browser tests: a partner massage, a
 * self-massage, and a side-lying partner massage (a pregnancy answer).
 */
final class Plans {

	private final Page page;

	Plans(Page page) {
		this.page = page;
	}

	/** The player's address of a new plan of the given kind. */
	String player(String kind) {
		String body = switch (kind) {
			case "partner" -> "{\"mode\":\"PARTNER\",\"minutes\":20,\"safety\":{\"answers\":{}}}";
			case "self" -> "{\"mode\":\"SELF\",\"minutes\":20,\"safety\":{\"answers\":{}}}";
			case "side-lying" ->
				"{\"mode\":\"PARTNER\",\"minutes\":20,\"safety\":{\"answers\":{\"pregnant\":true},\"pregnancyWeeks\":20}}";
			default -> throw new IllegalArgumentException(kind);
		};
		APIResponse created = this.page.request()
			.post("/api/v1/plans", RequestOptions.create().setHeader("Content-Type", "application/json").setData(body));
		if (created.status() != 201) {
			throw new IllegalStateException(created.status() + " " + created.text());
		}
		String text = created.text();
		int at = text.indexOf("\"player\":\"") + "\"player\":\"".length();
		return text.substring(at, text.indexOf('"', at));
	}

	/** How many steps the open player page's plan has. */
	int stepCount() {
		return ((Number) this.page
			.evaluate("() => JSON.parse(document.getElementById('plan-data').textContent).steps.length")).intValue();
	}

}
