package org.easeback.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The header's menu: folded behind a "Menu" button on a phone, always open on a wide
 * screen. A journey that reaches for a header link opens it first, as a person would.
 */
final class SiteMenu {

	private SiteMenu() {
	}

	/** Opens the menu if it is folded; does nothing where it shows anyway. */
	static void reveal(Page page) {
		Locator button = page.locator(".site-menu > summary");
		if (button.isVisible() && page.locator(".site-menu[open]").count() == 0) {
			button.click();
		}
	}

}
