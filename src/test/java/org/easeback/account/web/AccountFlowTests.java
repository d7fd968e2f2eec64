package org.easeback.account.web;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.easeback.support.HtmlChecker;
import org.easeback.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registering, signing in and out, and the account page's promises, on the running
 * server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountFlowTests {

	private static final String HTML = "text/html";

	private static final String PASSWORD = "a calm quiet river";

	@LocalServerPort
	int port;

	Http http;

	String email;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
		this.email = "flow-" + UUID.randomUUID() + "@example.org";
	}

	private void addEntry(Http user, int pain, String note) {
		HttpResponse<String> created = user.sendJson("POST", "/api/v1/diary/entries",
				"{\"pain\": " + pain + ", \"note\": \"" + note + "\"}", true);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
	}

	@Test
	void aWeakPasswordIsRefusedWithTheReason() {
		HttpResponse<String> page = this.http.postForm("/register", "/register",
				Map.of("email", this.email, "password", "password123", "role", "CLIENT"));

		assertThat(page.body()).contains("too easy to guess", "value=\"" + this.email + "\"");
		assertThat(this.http
			.postForm("/register", "/register", Map.of("email", this.email, "password", "short", "role", "CLIENT"))
			.body()).contains("at least 10 characters");
	}

	@Test
	void aRefusedRegistrationNamesEachFieldAsThePageLabelsItAndMarksIt() {
		String page = this.http
			.postForm("/register", "/register", Map.of("email", "not-an-email", "password", "short", "role", "ADMIN"))
			.body();

		assertThat(page).contains("<a href=\"#f-email\">Email: must be an email address such as name@example.org</a>",
				"<a href=\"#f-password\">Password: must have at least 10 characters",
				"<a href=\"#f-role\">I am: choose whether you look after your own back or are a massage therapist</a>")
			.doesNotContain("must be CLIENT or THERAPIST", ">email must", ">password must")
			.containsPattern("id=\"f-email\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"f-email-error\"")
			.containsPattern(
					"id=\"f-password\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"f-password-help f-password-error\"")
			.contains("id=\"f-role-error\"");
		// what was typed comes back, except the password
		assertThat(page).containsPattern("id=\"f-email\"[^>]*value=\"not-an-email\"").doesNotContain("value=\"short\"");
		assertThat(HtmlChecker.errors(page)).isEmpty();
	}

	@Test
	void registeringSignsInShowsTheEmailAndSignsOut() {
		HttpResponse<String> account = this.http.registerAndSignIn(this.email, PASSWORD);
		assertThat(account.uri().getPath()).isEqualTo("/account");
		assertThat(account.body()).contains("Your account is ready and you are signed in", this.email, ">Sign out<")
			.doesNotContain(">Register<");

		HttpResponse<String> home = this.http.postForm("/diary", "/logout", Map.of());
		assertThat(home.uri().getPath()).isEqualTo("/");
		assertThat(home.body()).contains(">Sign in<", ">Register<").doesNotContain(this.email);
		assertThat(this.http.get("/api/v1/diary/entries", "application/json").statusCode()).isEqualTo(401);
	}

	@Test
	void registeringGoesWhereTheLinkWasGoing() {
		HttpResponse<String> handoff = this.http.postForm("/register?continue=/handoff", "/register",
				Map.of("email", this.email, "password", PASSWORD, "role", "CLIENT", "continue", "/handoff"));

		assertThat(handoff.uri().getPath()).isEqualTo("/handoff");
		assertThat(handoff.body()).contains(this.email, "Your account is ready");
	}

	@Test
	void theRegistrationIsConfirmedOnceOnWhicheverPageItLandsAndNotAgain() {
		HttpResponse<String> diary = this.http.postForm("/register?continue=/diary", "/register",
				Map.of("email", this.email, "password", PASSWORD, "role", "CLIENT", "continue", "/diary"));

		assertThat(diary.uri().getPath()).isEqualTo("/diary");
		assertThat(diary.body().split("Your account is ready and you are signed in", -1)).hasSize(2);
		assertThat(diary.body()).containsPattern("role=\"status\" tabindex=\"-1\" autofocus>Your account is ready");
		assertThat(this.http.get("/diary", "text/html").body()).doesNotContain("Your account is ready");
	}

	@Test
	void aContinueAddressOnAnotherSiteIsIgnored() {
		for (String away : new String[] { "//evil.example/x", "https://evil.example/", "/\\evil.example" }) {
			Http someone = new Http(this.port);
			HttpResponse<String> page = someone.postForm("/register", "/register",
					Map.of("email", "away-" + UUID.randomUUID() + "@example.org", "password", PASSWORD, "role",
							"CLIENT", "continue", away));

			assertThat(page.uri().getHost()).as(away).doesNotContain("evil");
			assertThat(page.uri().getPath()).as(away).isEqualTo("/account");
		}
	}

	@Test
	void aTherapistWhoSignsInLandsOnTheDashboard() {
		this.http.registerAndSignIn(this.email, PASSWORD, "THERAPIST");
		this.http.postForm("/account", "/logout", Map.of());

		HttpResponse<String> landed = this.http.postForm("/login", "/login",
				Map.of("email", this.email, "password", PASSWORD));

		assertThat(landed.uri().getPath()).isEqualTo("/therapist");
	}

	@Test
	void theDisplayNameIsOptionalEditableAndExported() {
		this.http.postForm("/register", "/register",
				Map.of("email", this.email, "password", PASSWORD, "role", "CLIENT", "displayName", "  Robin Ash "));
		assertThat(this.http.get("/api/v1/account/export", "application/json").body())
			.contains("\"displayName\":\"Robin Ash\"");

		HttpResponse<String> tooLong = this.http.postForm("/account", "/account/name",
				Map.of("displayName", "x".repeat(81)));
		assertThat(tooLong.body()).contains("<a href=\"#f-displayName\">Your name: must be at most 80 characters")
			.contains("value=\"" + "x".repeat(81) + "\"");

		HttpResponse<String> renamed = this.http.postForm("/account", "/account/name", Map.of("displayName", "Sam"));
		assertThat(renamed.body()).contains("Your name is saved", "value=\"Sam\"");
	}

	@Test
	void aWrongPasswordDoesNotSignIn() {
		this.http.registerAndSignIn(this.email, PASSWORD);
		Http stranger = new Http(this.port);

		HttpResponse<String> page = stranger.postForm("/login", "/login",
				Map.of("email", this.email, "password", "not the password"));

		assertThat(page.body()).contains("do not match an account");
		assertThat(stranger.get("/api/v1/account", "application/json").statusCode()).isEqualTo(401);
	}

	@Test
	void thePasswordCanBeChanged() {
		this.http.registerAndSignIn(this.email, PASSWORD);

		HttpResponse<String> page = this.http.postForm("/account", "/account/password",
				Map.of("currentPassword", PASSWORD, "newPassword", "another long passphrase"));
		assertThat(page.body()).contains("Your password is changed.");

		Http again = new Http(this.port);
		assertThat(again.postForm("/login", "/login", Map.of("email", this.email, "password", PASSWORD)).body())
			.contains("do not match an account");
		assertThat(
				again.postForm("/login", "/login", Map.of("email", this.email, "password", "another long passphrase"))
					.uri()
					.getPath())
			.isEqualTo("/");
	}

	@Test
	void theDownloadHoldsTheAccountAndDiaryButNeverThePassword() {
		this.http.registerAndSignIn(this.email, PASSWORD);
		addEntry(this.http, 4, "exported note");

		HttpResponse<String> export = this.http.get("/api/v1/account/export", "application/json");

		assertThat(export.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying(d -> assertThat(d).contains("attachment"));
		assertThat(export.body())
			.contains("\"format\":\"easeback-personal-data\"", "\"email\":\"" + this.email, "\"diary\"", "\"entries\"",
					"exported note", "\"sessions\"", "\"episodes\"")
			.doesNotContain("bcrypt", "password");
	}

	@Test
	void aDownloadImportsIntoAnEmptyAccountOnceAndNotIntoAnotherDiary() {
		this.http.registerAndSignIn(this.email, PASSWORD);
		addEntry(this.http, 4, "moving house");
		this.http.sendJson("POST", "/api/v1/diary/episodes", "{\"onset\": \"2025-01-02\"}", true);
		String file = this.http.get("/api/v1/account/export", "application/json").body();

		Http fresh = new Http(this.port);
		fresh.registerAndSignIn("fresh-" + UUID.randomUUID() + "@example.org", PASSWORD);
		HttpResponse<String> first = fresh.sendJson("POST", "/api/v1/account/import", file, true);
		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		assertThat(first.body()).contains("\"added\":2");
		HttpResponse<String> second = fresh.sendJson("POST", "/api/v1/account/import", file, true);
		assertThat(second.body()).contains("\"added\":0");
		assertThat(fresh.get("/api/v1/diary/entries", "application/json").body()).contains("moving house",
				"\"total\":1");

		Http busy = new Http(this.port);
		busy.registerAndSignIn("busy-" + UUID.randomUUID() + "@example.org", PASSWORD);
		addEntry(busy, 7, "my own");
		HttpResponse<String> refused = busy.sendJson("POST", "/api/v1/account/import", file, true);
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	@Test
	void aRefusedChangeOfPasswordIsNamedInWordsAtItsField() {
		this.http.registerAndSignIn(this.email, PASSWORD);

		String page = this.http
			.postForm("/account", "/account/password",
					Map.of("currentPassword", "not the password", "newPassword", "another long passphrase"))
			.body();

		// the summary names the field as the page labels it, as the other pages do
		// ("Label: message"), and links to it
		assertThat(page).contains("href=\"#f-currentPassword\">Current password: is not your current password</a>")
			.doesNotContain(">currentPassword is not");
		// the message sits after its input, which points at it
		assertThat(page).containsPattern("id=\"f-currentPassword\"[^>]*aria-invalid=\"true\"")
			.containsPattern("id=\"f-currentPassword\"[^>]*aria-describedby=\"f-currentPassword-error\"")
			.contains("id=\"f-currentPassword-error\">is not your current password</p>");
		assertThat(page).doesNotContainPattern("id=\"f-newPassword\"[^>]*aria-invalid");

		String tooShort = this.http
			.postForm("/account", "/account/password", Map.of("currentPassword", PASSWORD, "newPassword", "short"))
			.body();
		assertThat(tooShort).contains(">New password: must").contains("id=\"f-newPassword-error\"");
	}

	@Test
	void anImportSentWithoutAFileSaysSoInWordsAtItsField() {
		this.http.registerAndSignIn(this.email, PASSWORD);

		String page = this.http.postForm("/account", "/account/import", Map.of()).body();

		assertThat(page).contains("href=\"#f-file\">EaseBack JSON file: choose the JSON file exported by EaseBack</a>")
			.containsPattern("id=\"f-file\"[^>]*aria-invalid=\"true\"");
	}

	@Test
	void aFileThatIsNotAnExportIsABadRequest() {
		this.http.registerAndSignIn(this.email, PASSWORD);

		HttpResponse<String> response = this.http.sendJson("POST", "/api/v1/account/import", "{\"hello\": 1}", true);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"field\":\"format\"");
	}

	@Test
	void aBrokenEntryInTheFileIsNamedByItsPlaceInTheFileInWordsWithoutJavaNames() {
		this.http.registerAndSignIn(this.email, PASSWORD);
		String unreadable = "{\"format\": \"easeback-personal-data\", \"diary\": {\"entries\": ["
				+ "{\"takenAt\": \"2025-01-02T08:00:00Z\", \"pain\": 3}, {\"takenAt\": \"yesterday\", \"pain\": 3}]}}";
		String outOfRange = "{\"format\": \"easeback-personal-data\", \"diary\": {\"entries\": ["
				+ "{\"takenAt\": \"2025-01-02T08:00:00Z\", \"pain\": 3}, {\"takenAt\": \"2025-01-03T08:00:00Z\", \"pain\": 14}]}}";

		HttpResponse<String> api = this.http.sendJson("POST", "/api/v1/account/import", unreadable, true);
		assertThat(api.statusCode()).isEqualTo(400);
		assertThat(api.body()).contains("\"field\":\"diary.entries[1].takenAt\"")
			.doesNotContain("java.", "`", "Instant", "org.easeback");
		HttpResponse<String> range = this.http.sendJson("POST", "/api/v1/account/import", outOfRange, true);
		assertThat(range.statusCode()).isEqualTo(400);
		assertThat(range.body()).contains("\"field\":\"diary.entries[1].pain\"");

		String page = this.http.postMultipart("/account", "/account/import", "file", "easeback.json", unreadable)
			.body();
		assertThat(page).contains("EaseBack JSON file: diary, entry 2, takenAt must be a date and time")
			.doesNotContain("java.", "Instant", "org.easeback");
		assertThat(this.http.postMultipart("/account", "/account/import", "file", "easeback.json", outOfRange).body())
			.contains("EaseBack JSON file: diary, entry 2, pain must");
		String twoProblems = "{\"format\": \"easeback-personal-data\", \"diary\": {\"entries\": ["
				+ "{\"takenAt\": \"2025-01-03T08:00:00Z\", \"pain\": 14, \"note\": \"" + "x".repeat(2001) + "\"}]}}";
		assertThat(this.http.postMultipart("/account", "/account/import", "file", "easeback.json", twoProblems).body())
			.contains("diary, entry 1, pain must", "diary, entry 1, note must be at most", "; diary, entry 1, ");
		// the intake's problems are named inside the hand-off section too
		String badYear = "{\"format\": \"easeback-personal-data\", \"handoff\": {\"intake\": "
				+ "{\"surgeries\": [{\"area\": \"discectomy\", \"year\": 1800}]}}}";
		assertThat(this.http.sendJson("POST", "/api/v1/account/import", badYear, true).body())
			.contains("\"field\":\"handoff.intake.surgeries[0].year\"");
		String notAList = "{\"format\": \"easeback-personal-data\", \"handoff\": {\"intake\": {\"conditions\": 3}}}";
		assertThat(this.http.sendJson("POST", "/api/v1/account/import", notAList, true).body())
			.contains("\"field\":\"handoff.intake.conditions\"", "must be a list")
			.doesNotContain("java.", "`");
		// nothing of a refused file is kept
		assertThat(this.http.get("/api/v1/diary/entries", "application/json").body()).contains("\"total\":0");
		assertThat(this.http.get("/api/v1/account/export", "application/json").body()).doesNotContain("discectomy");
	}

	@Test
	void aDamagedSectionIsNamedAndAnEmptyOneImportsNothing() {
		this.http.registerAndSignIn(this.email, PASSWORD);
		String head = "{\"format\": \"easeback-personal-data\", ";

		HttpResponse<String> empty = this.http.sendJson("POST", "/api/v1/account/import", head + "\"diary\": null}",
				true);
		assertThat(empty.statusCode()).as(empty.body()).isEqualTo(200);
		assertThat(empty.body()).contains("\"added\":0");

		assertThat(importProblem(head + "\"diary\": \"x\"}")).contains("\"field\":\"diary\"", "must be an object");
		assertThat(importProblem(head + "\"diary\": {\"entries\": [null]}}"))
			.contains("\"field\":\"diary.entries[0].takenAt\"", "is required");
		assertThat(importProblem(
				head + "\"diary\": {\"episodes\": [{\"onset\": \"2025-03-02\", " + "\"endedOn\": \"2025-03-01\"}]}}"))
			.contains("\"field\":\"diary.episodes[0].endedOn\"");
		assertThat(importProblem(head + "\"diary\": {\"sessions\": [{\"planId\": \"not an id\"}]}}"))
			.contains("\"field\":\"diary.sessions[0].planId\"", "must be an id such as");
		assertThat(importProblem(head + "\"handoff\": {\"latestSafetyCheck\": {\"outcome\": \"CLEAR\"}}}"))
			.contains("\"field\":\"handoff.latestSafetyCheck\"")
			.doesNotContain("not valid JSON");
	}

	private String importProblem(String file) {
		HttpResponse<String> response = this.http.sendJson("POST", "/api/v1/account/import", file, true);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).doesNotContain("java.", "`", "org.easeback");
		return response.body();
	}

	@Test
	void deletingTheAccountNeedsTheEmailThenRemovesEverythingAndSignsOut() throws InterruptedException {
		this.http.registerAndSignIn(this.email, PASSWORD);
		addEntry(this.http, 5, "to be deleted");

		assertThat(
				this.http.postForm("/account", "/account/delete", Map.of("confirmEmail", "wrong@example.org")).body())
			.contains("href=\"#f-confirmEmail\">Your email address: must be your email address, to confirm</a>");

		HttpResponse<String> home = this.http.postForm("/account", "/account/delete",
				Map.of("confirmEmail", this.email));
		assertThat(home.uri().getPath()).isEqualTo("/");
		assertThat(home.body()).contains(">Sign in<");

		Http again = new Http(this.port);
		assertThat(again.postForm("/login", "/login", Map.of("email", this.email, "password", PASSWORD)).body())
			.contains("do not match an account");
		// a new account with the same email starts empty: the diary listener deleted the
		// rest
		again.registerAndSignIn(this.email, PASSWORD);
		Instant deadline = Instant.now().plusSeconds(20);
		while (again.get("/api/v1/diary/entries", "application/json").body().contains("to be deleted")
				&& Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
		}
		assertThat(again.get("/api/v1/diary/entries", "application/json").body()).contains("\"total\":0");
	}

	@Test
	void deletingTheAccountSignsOutItsOtherSessionsToo() {
		this.http.registerAndSignIn(this.email, PASSWORD);
		Http phone = new Http(this.port);
		phone.postForm("/login", "/login", Map.of("email", this.email, "password", PASSWORD));
		assertThat(phone.get("/diary", "text/html").uri().getPath()).isEqualTo("/diary");

		this.http.postForm("/account", "/account/delete", Map.of("confirmEmail", this.email));

		assertThat(phone.get("/diary", "text/html").uri().getPath()).isEqualTo("/login");
	}

	@Test
	void therapistPathsNeedTheTherapistRole() {
		this.http.registerAndSignIn(this.email, PASSWORD);

		HttpResponse<String> client = this.http.get("/api/v1/therapist/clients", "application/json");
		assertThat(client.statusCode()).isEqualTo(403);
		assertThat(client.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(new Http(this.port).get("/api/v1/therapist/clients", "application/json").statusCode())
			.isEqualTo(401);

		Http therapist = new Http(this.port);
		therapist.postForm("/register", "/register",
				Map.of("email", "t-" + this.email, "password", PASSWORD, "role", "THERAPIST"));
		therapist.postForm("/login", "/login", Map.of("email", "t-" + this.email, "password", PASSWORD));
		assertThat(therapist.get("/api/v1/therapist/clients", "application/json").statusCode()).isEqualTo(200);
	}

	@Test
	void thePublicApiNeedsNeitherAnAccountNorACsrfToken() {
		HttpResponse<String> check = new Http(this.port).postJson("/api/v1/safety-checks",
				"{\"answers\": {\"fever\": false}}");

		assertThat(check.statusCode()).isEqualTo(200);
		assertThat(check.body()).contains("\"outcome\":\"CLEAR\"");
	}

}
