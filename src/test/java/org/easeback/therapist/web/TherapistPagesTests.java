package org.easeback.therapist.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.easeback.handoff.HandoffFixtures;
import org.easeback.support.HtmlChecker;
import org.easeback.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The therapist's pages as they render: the amendment history of a SOAP note (every
 * earlier version's text, newest first, with why each amendment was made), and every page
 * a client or therapist sees once a hand-off is shared is valid HTML.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TherapistPagesTests {

	private static final String PASSWORD = "a calm quiet river";

	private static final String HTML = "text/html";

	@LocalServerPort
	int port;

	Http client;

	Http therapist;

	String clientEmail;

	String clientId;

	String notes;

	@BeforeEach
	void aClientWhoSharesWithATherapist() {
		this.clientEmail = HandoffFixtures.someone();
		this.client = new Http(this.port);
		this.client.registerAndSignIn(this.clientEmail, PASSWORD);
		this.therapist = new Http(this.port);
		this.therapist.registerAndSignIn(HandoffFixtures.someone(), PASSWORD, "THERAPIST");
		String code = field(this.client.sendJson("POST", "/api/v1/handoff/shares", null, true).body(), "code");
		HttpResponse<String> redeemed = this.therapist.sendJson("POST", "/api/v1/therapist/redeem",
				"{\"code\": \"" + code + "\"}", true);
		assertThat(redeemed.statusCode()).isEqualTo(200);
		this.clientId = field(redeemed.body(), "id");
		this.notes = "/api/v1/therapist/clients/" + this.clientId + "/notes";
	}

	@Test
	void theClientPageShowsThatANoteWasAmendedAndEveryEarlierVersionNewestFirst() {
		String id = field(write("Tight on the left", "LUMBAR_LEFT"), "id");
		amend(id, 1, "Tight on the right", "wrong side");
		amend(id, 2, "Tight on the right, easing", "follow-up call");

		String page = this.therapist.get("/therapist/clients/" + this.clientId, HTML).body();

		assertThat(page).contains("amended, version 3: follow-up call", "Earlier versions",
				"Tight on the right, easing", "Version 2</strong>", "amended: wrong side", "Version 1</strong>",
				"as first written", "Tight on the left");
		assertThat(page.indexOf("Version 2</strong>")).isLessThan(page.indexOf("Version 1</strong>"));
		assertThat(page.indexOf("Tight on the right<")).isLessThan(page.indexOf("Tight on the left<"));
		assertThat(HtmlChecker.errors(page)).isEmpty();
	}

	@Test
	void theClientsSummaryKeepsTheirEmailOutOfThePageTitle() {
		String page = get(this.therapist, "/therapist/clients/" + this.clientId + "/summary");

		assertThat(page).containsPattern("<title>Hand-off summary[^<]*</title>")
			.doesNotContainPattern("<title>[^<]*" + Pattern.quote(this.clientEmail));
	}

	@Test
	void aNoteNeverAmendedShowsNoHistory() {
		write("First visit", "SACRUM");

		String page = this.therapist.get("/therapist/clients/" + this.clientId, HTML).body();

		assertThat(page).contains("First visit").doesNotContain("Earlier versions", "amended, version");
	}

	@Test
	void everySharedHandoffPageIsValidHtml() {
		String id = field(write("Tight on the left", "LUMBAR_LEFT"), "id");
		amend(id, 1, "Tight on the right", "wrong side");
		this.therapist.sendJson("POST", "/api/v1/therapist/clients/" + this.clientId + "/routines",
				"{\"itemId\": \"cat-cow\", \"howOften\": \"twice a day\"}", true);
		this.therapist.sendJson("POST", "/api/v1/therapist/clients/" + this.clientId + "/routines",
				"{\"itemId\": \"cat-cow\", \"howOften\": \"after work\"}", true);
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("therapist dashboard", get(this.therapist, "/therapist"));
		pages.put("therapist's client page", get(this.therapist, "/therapist/clients/" + this.clientId));
		pages.put("therapist's home", get(this.therapist, "/"));
		pages.put("client's home with a routine", get(this.client, "/"));
		pages.put("plan form with a routine", planForm(this.client, "mode=SELF&answers.blood_thinners=yes"));
		pages.put("plan refused before the form", planForm(this.client, "mode=SELF&answers.saddle_numbness=yes"));
		pages.put("hand-off page", get(this.client, "/handoff"));

		List<String> errors = new ArrayList<>();
		pages.forEach((name, html) -> HtmlChecker.errors(html).forEach(e -> errors.add(name + ": " + e)));
		assertThat(errors).isEmpty();
	}

	@Test
	void aShareCodeThatDoesNotWorkIsSaidInAWholeSentenceAtTheBoxAndStaysTyped() {
		HttpResponse<String> page = this.therapist.postForm("/therapist", "/therapist/redeem",
				Map.of("code", "ZZZZ-ZZZZ"));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body())
			.contains("<a href=\"#code\">This code is not a valid share code: it may be mistyped, used or expired</a>")
			.containsPattern("id=\"code\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"code-error\"")
			.containsPattern("id=\"code\"[^>]*value=\"ZZZZ-ZZZZ\"")
			.contains("id=\"code-error\"");
		assertThat(HtmlChecker.errors(page.body())).isEmpty();
	}

	@Test
	void aRejectedNoteKeepsEverythingTypedAndPutsTheMessageAtItsField() {
		String tooLong = "x".repeat(4001);

		HttpResponse<String> page = postNote(Map.of("visitDate", "2026-11-30", "subjective", tooLong, "objective",
				"Tender over L4 on the left", "marks", "LUMBAR_LEFT"));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body())
			.contains("The note was not saved", "Tender over L4 on the left</textarea>", ">" + tooLong + "</textarea>")
			.containsPattern("id=\"n-visitDate\"[^>]*value=\"2026-11-30\"")
			.containsPattern(
					"id=\"n-subjective\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"n-subjective-error\"")
			.contains("<p class=\"field-error\" id=\"n-subjective-error\">must be at most 4000 characters</p>")
			.containsPattern("value=\"LUMBAR_LEFT\"[^>]*checked");
		assertThat(HtmlChecker.errors(page.body())).isEmpty();
		assertThat(this.therapist.sendJson("GET", this.notes, null, true).body()).isEqualTo("[]");
	}

	@Test
	void aVisitDateOrAreaThatIsNotOneIsAMessageAtItsFieldNotAnErrorPage() {
		HttpResponse<String> page = postNote(
				Map.of("visitDate", "last tuesday", "subjective", "Stiff mornings", "marks", "NOWHERE"));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body())
			.contains("must be a date such as 2026-01-16", "has an area the body map does not have",
					"Stiff mornings</textarea>")
			.containsPattern("id=\"n-visitDate\"[^>]*aria-invalid=\"true\"")
			.containsPattern("id=\"n-visitDate\"[^>]*value=\"last tuesday\"");
		assertThat(this.therapist.sendJson("GET", this.notes, null, true).body()).isEqualTo("[]");
	}

	@Test
	void aNoteThatSaysNothingIsRefusedAtItsFirstPartInThePagesWords() {
		HttpResponse<String> page = postNote(Map.of("visitDate", "2026-11-30", "marks", "SACRUM"));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("The note was not saved",
				"<p class=\"field-error\" id=\"n-subjective-error\">a note needs at least one of its four parts</p>")
			.containsPattern("value=\"SACRUM\"[^>]*checked");
		assertThat(this.therapist.sendJson("GET", this.notes, null, true).body()).isEqualTo("[]");
	}

	@Test
	void theApiNamesAPartThatIsTooLongWithTheSameWordsAsThePage() {
		HttpResponse<String> refused = this.therapist.sendJson("POST", this.notes,
				"{\"visitDate\": \"2026-11-20\", \"plan\": \"%s\"}".formatted("x".repeat(4001)), true);

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("plan", "must be at most 4000 characters");
	}

	@Test
	void anAmendmentMadeOnAStalePageKeepsItsTextAndCanBeSavedOverTheNewerVersion() {
		String id = field(write("Tight on the left", "LUMBAR_LEFT"), "id");
		String page = "/therapist/clients/" + this.clientId;
		amend(id, 1, "Tight on the right", "wrong side");

		HttpResponse<String> stale = this.therapist.postForm(page, page + "/notes/" + id,
				Map.of("version", "1", "subjective", "Tight on both sides", "reason", "after the call"));

		assertThat(stale.statusCode()).isEqualTo(200);
		assertThat(stale.body())
			.contains("amended since you opened the page", "Tight on both sides</textarea>", "value=\"after the call\"")
			.containsPattern("<details open[^>]*>\\s*<summary>Amend this note")
			.containsPattern("name=\"version\" value=\"2\"");
		assertThat(this.therapist
			.postForm(page, page + "/notes/" + id,
					Map.of("version", "2", "subjective", "Tight on both sides", "reason", "after the call"))
			.body()).contains("amended, version 3: after the call");
	}

	@Test
	void aRejectedRoutineKeepsTheChosenItemAndWhatWasTyped() {
		String page = "/therapist/clients/" + this.clientId;

		HttpResponse<String> rejected = this.therapist.postForm(page, page + "/routines",
				Map.of("itemId", "cat-cow", "howOften", "x".repeat(201)));

		assertThat(rejected.statusCode()).isEqualTo(200);
		assertThat(rejected.body()).contains("The routine was not assigned")
			.containsPattern("value=\"cat-cow\" selected")
			.containsPattern("id=\"r-howOften\"[^>]*value=\"x{201}\"\\s+aria-invalid=\"true\"")
			.contains("id=\"r-howOften-error\">say how often, in at most 200 characters")
			.doesNotContain("howOften:");
		assertThat(HtmlChecker.errors(rejected.body())).isEmpty();
	}

	@Test
	void aRoutineItemIsRemovedByItsTherapistOnlyAndAnyoneElsesIsNotFound() {
		String page = "/therapist/clients/" + this.clientId;
		HttpResponse<String> assigned = this.therapist.sendJson("POST",
				"/api/v1/therapist/clients/" + this.clientId + "/routines",
				"{\"itemId\": \"cat-cow\", \"howOften\": \"daily\"}", true);
		String routineId = field(assigned.body(), "id");
		Http other = new Http(this.port);
		other.registerAndSignIn(HandoffFixtures.someone(), PASSWORD, "THERAPIST");

		HttpResponse<String> notTheirs = other.postFormNoRedirect("/therapist",
				page + "/routines/" + routineId + "/remove", "");
		assertThat(notTheirs.statusCode()).isEqualTo(404);
		HttpResponse<String> made = this.therapist.sendJson("GET",
				"/api/v1/therapist/clients/" + this.clientId + "/routines", null, true);
		assertThat(made.body()).contains("\"id\":" + routineId);

		HttpResponse<String> removed = this.therapist.postForm(page, page + "/routines/" + routineId + "/remove",
				Map.of());
		assertThat(removed.body()).contains("The routine item is removed").doesNotContain("Cat-cow: daily");
		assertThat(
				this.therapist.postFormNoRedirect(page, page + "/routines/" + routineId + "/remove", "").statusCode())
			.isEqualTo(404);
		assertThat(this.therapist
			.sendJson("DELETE", "/api/v1/therapist/clients/" + this.clientId + "/routines/" + routineId, null, true)
			.statusCode()).isEqualTo(404);
	}

	@Test
	void theClientPagesErrorSummaryLinksEachRefusedField() {
		String page = "/therapist/clients/" + this.clientId;

		HttpResponse<String> unknownItem = this.therapist.postForm(page, page + "/routines",
				Map.of("itemId", "not-an-item", "howOften", "daily"));
		HttpResponse<String> blank = this.therapist.postForm(page, page + "/routines",
				Map.of("itemId", "cat-cow", "howOften", ""));
		HttpResponse<String> badDate = postNote(Map.of("visitDate", "not-a-date", "subjective", "Stiff"));

		assertThat(unknownItem.body()).contains(
				"<a href=\"#r-itemId\">Stretch or self-massage: choose a stretch or self-massage from the list</a>");
		assertThat(blank.body()).contains("<a href=\"#r-howOften\">How often: say how often");
		assertThat(badDate.body())
			.contains("<a href=\"#n-visitDate\">Visit date: must be a date such as 2026-01-16</a>");
	}

	private HttpResponse<String> postNote(Map<String, String> form) {
		String page = "/therapist/clients/" + this.clientId;
		return this.therapist.postForm(page, page + "/notes", form);
	}

	private String write(String subjective, String mark) {
		HttpResponse<String> written = this.therapist.sendJson("POST", this.notes, """
				{"visitDate": "2026-11-20", "subjective": "%s", "marks": ["%s"]}""".formatted(subjective, mark), true);
		assertThat(written.statusCode()).as(written.body()).isEqualTo(201);
		return written.body();
	}

	private void amend(String id, int version, String subjective, String reason) {
		HttpResponse<String> amended = this.therapist.sendJson("PUT", this.notes + "/" + id, """
				{"version": %d, "subjective": "%s", "reason": "%s"}""".formatted(version, subjective, reason), true);
		assertThat(amended.statusCode()).as(amended.body()).isEqualTo(200);
	}

	private static String planForm(Http http, String answers) {
		HttpResponse<String> page = http.postFormNoRedirect("/check", "/plan/form", answers);
		assertThat(page.statusCode()).as(answers).isEqualTo(200);
		return page.body();
	}

	private static String get(Http http, String path) {
		HttpResponse<String> page = http.get(path, HTML);
		assertThat(page.statusCode()).as(path).isEqualTo(200);
		return page.body();
	}

	private static String field(String json, String name) {
		Matcher m = Pattern.compile("\"" + name + "\":\"?([A-Za-z0-9-]+)").matcher(json);
		assertThat(m.find()).as(json).isTrue();
		return m.group(1);
	}

}
