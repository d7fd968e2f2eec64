package org.easeback.browser;

import com.microsoft.playwright.Page;

/**
 * Moves through a page the way a keyboard user does: Tab and Shift+Tab between controls,
 * Enter and Space to press them, and, inside a group of radio buttons, an arrow key to
 * choose an answer other than the first (a radio group is a single Tab stop, so Tab alone
 * can reach only its first or checked button). Never clicks, never focuses by script.
 */
final class Keyboard {

	private static final int MAX_TABS = 300;

	private final Page page;

	Keyboard(Page page) {
		this.page = page;
	}

	/** Presses Tab until the focused element matches the CSS selector. */
	Keyboard tabTo(String selector) {
		for (int i = 0; i < MAX_TABS; i++) {
			this.page.keyboard().press("Tab");
			if (focused(selector)) {
				return this;
			}
		}
		throw new AssertionError("Tab never reached " + selector + " on " + this.page.url());
	}

	boolean focused(String selector) {
		return (Boolean) this.page.evaluate("s => document.activeElement !== null && document.activeElement.matches(s)",
				selector);
	}

	/** The name attribute of the focused element, or null. */
	String focusedName() {
		return (String) this.page
			.evaluate("() => document.activeElement && document.activeElement.getAttribute('name')");
	}

	Keyboard press(String key) {
		this.page.keyboard().press(key);
		return this;
	}

	Keyboard enter() {
		return press("Enter");
	}

	Keyboard space() {
		return press(" ");
	}

	/** Inside a radio group: moves to the next answer and chooses it. */
	Keyboard nextRadio() {
		return press("ArrowRight");
	}

}
