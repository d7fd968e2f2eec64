package org.easeback.account.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.easeback.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A changed password signs out the account's other sessions, and a password too long for
 * bcrypt is refused by name or fails to sign in, never a 500; on the running server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "server.forward-headers-strategy=native")
class PasswordChangeTests {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	private static final String PASSWORD = "a calm quiet river";

	private static final String NEW_PASSWORD = "another long passphrase";

	/** 50 characters, 75 bytes in UTF-8: over bcrypt's 72. */
	private static final String ACCENTED = "déjà été ".repeat(5) + "çàéèê";

	@LocalServerPort
	int port;

	Http laptop;

	Http phone;

	String email;

	/**
	 * This test's own address, so the failed sign-ins it makes on purpose do not throttle
	 * other tests sharing the server.
	 */
	String address = "198.18.7." + ADDRESSES.incrementAndGet();

	private Http client() {
		return new Http(this.port).withHeader("X-Forwarded-For", this.address);
	}

	@BeforeEach
	void signInOnTwoDevices() {
		this.email = "change-" + UUID.randomUUID() + "@example.org";
		this.laptop = client();
		this.laptop.registerAndSignIn(this.email, PASSWORD);
		this.phone = client();
		this.phone.postForm("/login", "/login", Map.of("email", this.email, "password", PASSWORD));
		assertThat(this.phone.get("/api/v1/account", "application/json").statusCode()).isEqualTo(200);
	}

	@Test
	void theLongPasswordIsFiftyCharactersOverSeventyTwoBytes() {
		assertThat(ACCENTED).hasSize(50);
		assertThat(ACCENTED.getBytes(StandardCharsets.UTF_8)).hasSizeGreaterThan(72);
	}

	@Test
	void changingThePasswordOnThePageSignsOutTheOtherSessionsButNotThisOne() {
		HttpResponse<String> page = this.laptop.postForm("/account", "/account/password",
				Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD));

		assertThat(page.body()).contains("Your password is changed.");
		assertThat(this.phone.get("/api/v1/account", "application/json").statusCode()).isEqualTo(401);
		assertThat(this.laptop.get("/api/v1/account", "application/json").statusCode()).isEqualTo(200);
		assertOnlyTheNewPasswordSignsIn();
	}

	@Test
	void changingThePasswordOverTheApiSignsOutTheOtherSessionsButNotThisOne() {
		this.laptop.get("/account", "text/html");

		HttpResponse<String> changed = this.laptop.sendJson("PUT", "/api/v1/account/password",
				"{\"currentPassword\": \"" + PASSWORD + "\", \"newPassword\": \"" + NEW_PASSWORD + "\"}", true);

		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
		assertThat(this.phone.get("/api/v1/account", "application/json").statusCode()).isEqualTo(401);
		assertThat(this.laptop.get("/api/v1/account", "application/json").statusCode()).isEqualTo(200);
		assertOnlyTheNewPasswordSignsIn();
	}

	@Test
	void aRefusedChangeLeavesTheOtherSessionsSignedIn() {
		this.laptop.postForm("/account", "/account/password",
				Map.of("currentPassword", "not the password", "newPassword", NEW_PASSWORD));

		assertThat(this.phone.get("/api/v1/account", "application/json").statusCode()).isEqualTo(200);
	}

	@Test
	void aPasswordOverSeventyTwoBytesIsRefusedAtRegistrationAtItsField() {
		Http someone = client();

		HttpResponse<String> page = someone.postForm("/register", "/register",
				Map.of("email", "long-" + this.email, "password", ACCENTED, "role", "CLIENT"));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("href=\"#f-password\">Password: must have at most 72 characters")
			.contains("id=\"f-password-error\"");
	}

	@Test
	void aNewPasswordOverSeventyTwoBytesIsRefusedOnThePageAtItsField() {
		HttpResponse<String> page = this.laptop.postForm("/account", "/account/password",
				Map.of("currentPassword", PASSWORD, "newPassword", ACCENTED));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(">New password: must have at most 72 characters")
			.contains("id=\"f-newPassword-error\"");
		assertThat(this.phone.get("/api/v1/account", "application/json").statusCode()).isEqualTo(200);
	}

	@Test
	void aNewPasswordOverSeventyTwoBytesIsABadRequestNamingNewPassword() {
		this.laptop.get("/account", "text/html");

		HttpResponse<String> refused = this.laptop.sendJson("PUT", "/api/v1/account/password",
				"{\"currentPassword\": \"" + PASSWORD + "\", \"newPassword\": \"" + ACCENTED + "\"}", true);

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(refused.body()).contains("\"field\":\"newPassword\"", "at most 72 characters");
	}

	@Test
	void aCommonPasswordIsRefusedAtRegistrationAtItsFieldInWords() {
		HttpResponse<String> page = client().postForm("/register", "/register",
				Map.of("email", "common-" + this.email, "password", "Summer2024!", "role", "CLIENT"));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("href=\"#f-password\">Password: is too easy to guess")
			.contains("10,000 most common passwords")
			.contains("id=\"f-password-error\"");
	}

	@Test
	void aCommonNewPasswordIsRefusedOnTheAccountPageAtItsField() {
		HttpResponse<String> page = this.laptop.postForm("/account", "/account/password",
				Map.of("currentPassword", PASSWORD, "newPassword", "qwerty12345"));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(">New password: is too easy to guess").contains("id=\"f-newPassword-error\"");
		assertThat(this.phone.get("/api/v1/account", "application/json").statusCode()).isEqualTo(200);
	}

	@Test
	void aCommonNewPasswordIsABadRequestNamingNewPassword() {
		this.laptop.get("/account", "text/html");

		HttpResponse<String> refused = this.laptop.sendJson("PUT", "/api/v1/account/password",
				"{\"currentPassword\": \"" + PASSWORD + "\", \"newPassword\": \"passwordpassword\"}", true);

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("\"field\":\"newPassword\"", "10,000 most common passwords");
	}

	@Test
	void aCurrentPasswordOverSeventyTwoBytesIsSimplyNotTheCurrentPassword() {
		this.laptop.get("/account", "text/html");

		HttpResponse<String> refused = this.laptop.sendJson("PUT", "/api/v1/account/password",
				"{\"currentPassword\": \"" + ACCENTED + "\", \"newPassword\": \"" + NEW_PASSWORD + "\"}", true);

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("\"field\":\"currentPassword\"", "is not your current password");
	}

	@Test
	void signingInWithAPasswordOverSeventyTwoBytesIsAPlainFailedSignIn() {
		Http stranger = client();

		HttpResponse<String> page = stranger.postForm("/login", "/login",
				Map.of("email", this.email, "password", ACCENTED));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("do not match an account");
		HttpResponse<String> unknown = stranger.postForm("/login", "/login",
				Map.of("email", "nobody-" + this.email, "password", ACCENTED));
		assertThat(unknown.body()).contains("do not match an account");
		assertThat(stranger.get("/api/v1/account", "application/json").statusCode()).isEqualTo(401);
	}

	@Test
	void aSeventyTwoBytePasswordWithMoreAfterItDoesNotSignIn() {
		String longest = "éàüö".repeat(9);
		Http someone = client();
		someone.registerAndSignIn("longest-" + this.email, longest);
		Http stranger = client();

		HttpResponse<String> page = stranger.postForm("/login", "/login",
				Map.of("email", "longest-" + this.email, "password", longest + "x"));

		assertThat(page.body()).contains("do not match an account");
		assertThat(someone.get("/api/v1/account", "application/json").statusCode()).isEqualTo(200);
	}

	private void assertOnlyTheNewPasswordSignsIn() {
		Http again = client();
		assertThat(again.postForm("/login", "/login", Map.of("email", this.email, "password", PASSWORD)).body())
			.contains("do not match an account");
		assertThat(again.postForm("/login", "/login", Map.of("email", this.email, "password", NEW_PASSWORD))
			.uri()
			.getPath()).isEqualTo("/");
	}

}
