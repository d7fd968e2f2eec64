package org.easeback.browser;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Registers and signs in through the pages, as a person does. Each call makes a new
 * account with an address of its own, so tests never share one.
 */
final class Accounts {

	static final String PASSWORD = "correct horse battery staple";

	private final Page page;

	Accounts(Page page) {
		this.page = page;
	}

	/** Registers a client (someone looking after their own back), which signs them in. */
	String registerClientAndSignIn(String name) {
		return registerAndSignIn(name, "CLIENT");
	}

	/** Registers a massage therapist and signs in. */
	String registerTherapistAndSignIn(String name) {
		return registerAndSignIn(name, "THERAPIST");
	}

	private String registerAndSignIn(String name, String role) {
		String email = name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		this.page.navigate("/");
		SiteMenu.reveal(this.page);
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Register").setExact(true)).click();
		this.page.getByLabel("Email").fill(email);
		this.page.getByLabel("Password").fill(PASSWORD);
		this.page.locator("input[name='role'][value='" + role + "']").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create my account")).click();
		// registering signs in: a therapist lands on the dashboard, a client on the
		// account page
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText("Your account is ready");
		assertThat(this.page.locator(".signed-in")).hasText(email);
		return email;
	}

	/** Presses "Sign out" in the header and waits for the signed-out home page. */
	void signOut() {
		SiteMenu.reveal(this.page);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
		assertThat(this.page.locator(".signed-in")).hasCount(0);
		SiteMenu.reveal(this.page);
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in").setExact(true)))
			.isVisible();
	}

}
