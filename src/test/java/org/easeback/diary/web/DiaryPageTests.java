package org.easeback.diary.web;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.easeback.session.SessionFinished;
import org.easeback.support.ErrorSummary;
import org.easeback.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The diary page on the running server, used through its forms as a signed-in person. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DiaryPageTests {

	private static final String HTML = "text/html";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	Http http;

	String email;

	@BeforeEach
	void signIn() {
		this.email = "page-" + UUID.randomUUID() + "@example.org";
		this.http = new Http(this.port);
		this.http.registerAndSignIn(this.email, "a calm quiet river");
	}

	private HttpResponse<String> addEntry(String pain, String... more) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("pain", pain);
		for (int i = 0; i + 1 < more.length; i += 2) {
			form.put(more[i], more[i + 1]);
		}
		return this.http.postForm("/diary", "/diary/entries", form);
	}

	@Test
	void theDiaryNeedsAnAccountAndSendsVisitorsToSignIn() {
		HttpResponse<String> page = new Http(this.port).get("/diary", HTML);

		assertThat(page.uri().getPath()).isEqualTo("/login");
		assertThat(page.body()).contains("Sign in", "name=\"_csrf\"");
	}

	@Test
	void theEmptyDiaryOffersTheFormWithTheBodyMapAndNoChartYet() {
		String page = this.http.get("/diary", HTML).body();

		assertThat(page)
			.contains("How is your back now?", "name=\"pain\"", "name=\"pegAverage\"", "name=\"takenAt\"",
					"class=\"body-map\"", "name=\"regions\" value=\"LUMBAR_LEFT\"", "name=\"intensity[LUMBAR_LEFT]\"",
					"maxlength=\"2000\"", "Your chart appears here", "These appear once")
			.containsPattern("<input type=\"checkbox\" name=\"tags\"[^>]* value=\"AFTER_SITTING\">")
			.contains(this.email, ">Sign out<", "href=\"/account\"")
			.doesNotContain("chart.umd.js", "<script>");
		// no average without entries, said with a dash
		assertThat(page).contains("Last 7 days: no entries yet");
	}

	@Test
	void anEntryAddedThroughTheFormAppearsInTheTimelineWithTheChartScripts() {
		HttpResponse<String> page = addEntry("6", "regions", "LUMBAR_LEFT", "intensity[LUMBAR_LEFT]", "7", "tags",
				"MORNING", "note", "after the long drive");

		assertThat(page.uri().getPath()).isEqualTo("/diary");
		assertThat(page.body()).contains("Entry saved.", "after the long drive", "Lower back, left side (7)", "morning",
				"/webjars/chart.js/4.4.1/dist/chart.umd.js", "/js/diary-chart.js", "id=\"pain-chart\"");
	}

	@Test
	void badFormValuesAreShownAgainWithAMessageAndTheValuesKept() {
		HttpResponse<String> page = addEntry("eleven", "note", "kept note");

		assertThat(page.body()).contains("Please check these answers", "must be a whole number", "kept note");
	}

	@Test
	void aFieldWithAnErrorIsMarkedInvalidAndPointsAtItsMessageForScreenReaders() {
		String page = addEntry("eleven", "pegActivity", "lots").body();

		assertThat(page).containsPattern("id=\"f-pain-group\"[^>]*aria-describedby=\"f-pain-error\"")
			.containsPattern("id=\"f-pain\"[^>]*aria-invalid=\"true\"")
			.contains("id=\"f-pain-error\"")
			.containsPattern(
					"id=\"f-pegActivity\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"f-pegActivity-error\"")
			.contains("id=\"f-pegActivity-error\"")
			.doesNotContainPattern("id=\"f-note\"[^>]*aria-invalid");
	}

	@Test
	void everyMessageNamesItsFieldInWordsAndLinksToAFieldOnThePage() {
		String page = addEntry("eleven", "takenAt", "yesterday", "pegActivity", "lots", "regions", "NOWHERE", "tags",
				"BOGUS")
			.body();

		assertThat(page)
			.contains("When: must be a date and time", "Pain now: must be a whole number",
					"How much pain got in the way of general activity: must be a whole number",
					"Areas of the back: must be areas of the body map", "What was going on: must be from the list")
			.doesNotContain(">takenAt ", ">pegActivity ", ">regions ", ">tags ");
		ErrorSummary.assertEveryLinkFindsItsElement(page);
	}

	@Test
	void aBadStrengthKeepsTheAreaListOpenAndItsMessageLinksToItsInput() {
		String page = addEntry("5", "regions", "LUMBAR_LEFT", "intensity[LUMBAR_LEFT]", "12").body();

		assertThat(page).contains("How strong in Lower back, left side: must be between 0 and 10")
			.contains("<a href=\"#f-intensity-LUMBAR_LEFT\"")
			.containsPattern("data-area-list open data-keep-open=\"true\">\\s*<summary>Areas as a list")
			// the message at the input too, and named by it for screen readers
			.containsPattern("id=\"f-intensity-LUMBAR_LEFT\"[^>]*aria-invalid=\"true\"\\s+"
					+ "aria-describedby=\"f-intensity-LUMBAR_LEFT-error\"[^>]*value=\"12\">\\s*"
					+ "<p class=\"field-error\" id=\"f-intensity-LUMBAR_LEFT-error\">must be between 0 and 10</p>");
		ErrorSummary.assertEveryLinkFindsItsElement(page);
		assertThat(this.http.get("/diary", HTML).body())
			.containsPattern("data-area-list open data-keep-open=\"false\">\\s*<summary>Areas as a list");
	}

	@Test
	void eachStrengthSitsBesideItsAreaAndIsNamedByIt() {
		String page = this.http.get("/diary", HTML).body();

		assertThat(page).contains("<p class=\"strength-head\" id=\"f-strength-label\">How strong (0–10)</p>")
			.containsPattern("<input type=\"checkbox\" name=\"regions\" value=\"SACRUM\">\\s*"
					+ "<span id=\"f-area-SACRUM\">Sacrum[^<]*</span>\\s*</label>\\s*"
					+ "<input id=\"f-intensity-SACRUM\"[^>]*aria-labelledby=\"f-area-SACRUM f-strength-label\"");
	}

	@Test
	void aStrengthForAnAreaLeftUntickedIsRefusedAtItsInputNotDropped() {
		String page = addEntry("5", "regions", "LUMBAR_LEFT", "intensity[LUMBAR_RIGHT]", "6").body();

		assertThat(page)
			.contains("How strong in Lower back, right side: tick the area as well, or clear its number",
					"<a href=\"#f-intensity-LUMBAR_RIGHT\"")
			.containsPattern("name=\"intensity\\[LUMBAR_RIGHT\\]\"[^>]*aria-invalid=\"true\"[^>]*value=\"6\">")
			.containsPattern("name=\"regions\" value=\"LUMBAR_LEFT\" checked")
			.doesNotContain("Entry saved.");
		ErrorSummary.assertEveryLinkFindsItsElement(page);
		assertThat(this.http.get("/diary", HTML).body()).contains("No entries yet.");
	}

	@Test
	void aRefusedEntryKeepsWhatWasTypedEscapedAndTicked() {
		// a number input shows numbers only (a browser would empty anything else): what
		// is not a number is named in the message, not shown again
		String page = addEntry("\"><b>11", "note", "<script>alert(1)</script> & \"quotes\"", "tags", "STRESS",
				"regions", "SACRUM")
			.body();

		assertThat(page)
			.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;",
					"Pain now: must be a whole number from 0 to 10")
			.doesNotContain("<script>alert", "<b>11")
			.containsPattern("name=\"tags\"[^>]*value=\"STRESS\" checked=\"checked\"")
			.containsPattern("name=\"regions\" value=\"SACRUM\" checked");
	}

	@Test
	void scoresOutsideZeroToTenAndATooLongNoteAreRefusedNextToTheirFields() {
		String page = addEntry("11", "pegAverage", "-1", "note", "x".repeat(2001)).body();

		assertThat(page)
			.contains("Pain now: must be between 0 and 10", "Average pain in the past week: must be between 0 and 10",
					"Note: must be at most 2000 characters")
			.containsPattern("<p class=\"field-error\" id=\"f-note-error\">must be at most 2000 characters</p>")
			.containsPattern("<details class=\"field\" open=\"open\">\\s*<summary>The three PEG questions");
		ErrorSummary.assertEveryLinkFindsItsElement(page);
		assertThat(this.http.get("/diary", HTML).body()).contains("No entries yet.");
	}

	@Test
	void anEntryWithoutPainSaysItIsRequiredAndBlankPegAnswersStayFolded() {
		String page = addEntry("", "pegAverage", "", "pegEnjoyment", " ", "pegActivity", "").body();

		assertThat(page).contains("Pain now: is required: a score from 0 to 10")
			.containsPattern("<details class=\"field\">\\s*<summary>The three PEG questions");
	}

	@Test
	void anEntryInTheFutureIsRefusedByTheDiaryNextToItsTime() {
		String tomorrow = java.time.LocalDate.now().plusDays(2) + "T10:00";

		String page = addEntry("4", "takenAt", tomorrow).body();

		assertThat(page).contains("When: must not be in the future")
			.containsPattern("id=\"f-takenAt\"[^>]*aria-invalid=\"true\"")
			.containsPattern("<p class=\"field-error\" id=\"f-takenAt-error\">must not be in the future</p>");
		ErrorSummary.assertEveryLinkFindsItsElement(page);
	}

	@Test
	void aRefusedChangeOnTheEditPageKeepsWhatWasTypedAndWhatWasSaved() {
		addEntry("5", "note", "as saved");
		Matcher id = Pattern.compile("/diary/entries/(\\d+)/edit").matcher(this.http.get("/diary", HTML).body());
		assertThat(id.find()).isTrue();

		String refused = this.http
			.postForm("/diary/entries/" + id.group(1) + "/edit", "/diary/entries/" + id.group(1),
					Map.of("pain", "12", "note", "typed again", "version", "0"))
			.body();

		assertThat(refused).contains("Change an entry", "Pain now: must be between 0 and 10", "typed again")
			.contains("name=\"version\" value=\"0\"");
		ErrorSummary.assertEveryLinkFindsItsElement(refused);
		assertThat(this.http.get("/diary", HTML).body()).contains("as saved").doesNotContain("typed again");
	}

	@Test
	void aChangeFromAnOutdatedFormShowsWhatIsSavedNow() {
		addEntry("5", "note", "as saved");
		Matcher id = Pattern.compile("/diary/entries/(\\d+)/edit").matcher(this.http.get("/diary", HTML).body());
		assertThat(id.find()).isTrue();
		String path = "/diary/entries/" + id.group(1);
		this.http.postForm(path + "/edit", path, Map.of("pain", "4", "note", "changed elsewhere", "version", "0"));

		String stale = this.http.postForm(path + "/edit", path, Map.of("pain", "3", "note", "late", "version", "0"))
			.body();

		assertThat(stale).contains("This entry was changed somewhere else", "changed elsewhere")
			.contains("name=\"version\" value=\"1\"")
			.doesNotContain(">late<");
	}

	@Test
	void aRejectedEpisodeKeepsItsDatesAndPutsTheMessageAtItsField() {
		String onset = java.time.LocalDate.now().minusDays(10).toString();
		String endedOn = java.time.LocalDate.now().minusDays(20).toString();

		HttpResponse<String> page = this.http.postForm("/diary", "/diary/episodes",
				Map.of("onset", onset, "endedOn", endedOn));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("It ended on: must be between the onset and today")
			// the entry form still opens at the current time, as on a plain visit
			.containsPattern("id=\"f-takenAt\"[^>]*value=\"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?\"")
			.containsPattern("id=\"f-onset\"[^>]*value=\"" + onset + "\"")
			.doesNotContainPattern("id=\"f-onset\"[^>]*aria-invalid")
			.containsPattern("id=\"f-endedOn\"[^>]*aria-invalid=\"true\"\\s+aria-describedby=\"f-endedOn-error\""
					+ "[^>]*value=\"" + endedOn + "\">\\s*"
					+ "<p class=\"field-error\" id=\"f-endedOn-error\">must be between the onset and today</p>");
		ErrorSummary.assertEveryLinkFindsItsElement(page.body());
		assertThat(this.http.postForm("/diary", "/diary/episodes", Map.of("onset", onset)).body())
			.contains("Episode saved.", "Started " + onset)
			.containsPattern("id=\"f-onset\"[^>]*value=\"\"");
	}

	@Test
	void anEpisodeDateThatIsNotADateGetsAMessageAtItsFieldNotAnErrorPage() {
		HttpResponse<String> page = this.http.postForm("/diary", "/diary/episodes",
				Map.of("onset", "last tuesday", "endedOn", "2026-13-45"));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body())
			.contains("The pain started on: must be a date such as 2025-06-16",
					"It ended on: must be a date such as 2025-06-16")
			.containsPattern("id=\"f-onset\"[^>]*aria-invalid=\"true\"[^>]*value=\"last tuesday\"")
			.containsPattern("id=\"f-endedOn\"[^>]*aria-invalid=\"true\"[^>]*value=\"2026-13-45\"");
		ErrorSummary.assertEveryLinkFindsItsElement(page.body());
	}

	@Test
	void threeSevereEntriesInARowShowASeeAClinicianNoticeWithTheReason() {
		addEntry("8");
		addEntry("9");
		String page = addEntry("10").body();

		assertThat(page).contains("See a clinician", "data-notice=\"SEVERE_THREE_IN_A_ROW\"", "8 to 10");
	}

	@Test
	void whatHelpsAppearsOnlyFromThreeSessionsWithNAndTheRange() throws InterruptedException {
		finishSession(6, 4);
		finishSession(5, 5);
		awaitSessions(2);
		assertThat(this.http.get("/diary", HTML).body()).contains("These appear once").doesNotContain("After your 2");

		finishSession(7, 4);
		awaitSessions(3);
		assertThat(this.http.get("/diary", HTML).body())
			.contains("After your 3 self-massage sessions your pain was about 2 points lower (6 → 4.3 on average).",
					"Session by session: from 3 points lower to no change")
			.doesNotContain(" works", "tennis-balls");
	}

	@Test
	void theTimelineShowsAPageOfEntriesAndOffersOlderOnesOnlyWhenThereAreMore() {
		for (int i = 1; i <= DiaryPageController.PAGE_SIZE; i++) {
			addEntry("3", "note", "entry number " + i + ".");
		}
		String full = this.http.get("/diary", HTML).body();
		assertThat(full).contains("entry number 1.", "entry number " + DiaryPageController.PAGE_SIZE + ".")
			.doesNotContain("Older entries");

		addEntry("3", "note", "entry number " + (DiaryPageController.PAGE_SIZE + 1) + ".");
		String first = this.http.get("/diary", HTML).body();
		String second = this.http.get("/diary?page=1", HTML).body();

		assertThat(first)
			.contains("entry number " + (DiaryPageController.PAGE_SIZE + 1) + ".", "entry number 2.", "Older entries",
					"/diary?page=1")
			.doesNotContain("entry number 1.");
		assertThat(second).contains("entry number 1.").doesNotContain("entry number 2.", "Older entries");
	}

	@Test
	void aPageBeyondTheLastEntryStillShowsTheChartAndOffersNoOlderOnes() {
		addEntry("4", "note", "the only entry");

		String beyond = this.http.get("/diary?page=3", HTML).body();

		assertThat(beyond).contains("id=\"pain-chart\"", "/js/diary-chart.js")
			.doesNotContain("Your chart appears here", "Older entries", "the only entry");
	}

	@Test
	void anEntryIsChangedAndDeletedFromThePage() {
		addEntry("5", "note", "first try");
		Matcher id = Pattern.compile("/diary/entries/(\\d+)/edit").matcher(this.http.get("/diary", HTML).body());
		assertThat(id.find()).isTrue();

		String edit = this.http.get("/diary/entries/" + id.group(1) + "/edit", HTML).body();
		assertThat(edit).contains("Change an entry", "first try", "name=\"version\" value=\"0\"");
		HttpResponse<String> changed = this.http.postForm("/diary/entries/" + id.group(1) + "/edit",
				"/diary/entries/" + id.group(1), Map.of("pain", "3", "note", "second try", "version", "0"));
		assertThat(changed.body()).contains("Entry changed.", "second try");

		String timeline = this.http.get("/diary", HTML).body();
		assertThat(timeline).as("one form around the timeline, with one CSRF token for every delete button")
			.containsPattern("<form method=\"post\" class=\"timeline-form\">\\s*<input type=\"hidden\" name=\"_csrf\"")
			.contains("formaction=\"/diary/entries/" + id.group(1) + "/delete\"");
		HttpResponse<String> deleted = this.http.postForm("/diary", "/diary/entries/" + id.group(1) + "/delete",
				Map.of());
		assertThat(deleted.body()).contains("Entry deleted.", "No entries yet.");
	}

	@Test
	void theEditPageOpensWithEverySavedAnswerFilledIn() {
		addEntry("6", "pegAverage", "5", "regions", "LUMBAR_LEFT", "intensity[LUMBAR_LEFT]", "7", "tags", "MORNING",
				"note", "stiff after the drive");
		Matcher id = Pattern.compile("/diary/entries/(\\d+)/edit").matcher(this.http.get("/diary", HTML).body());
		assertThat(id.find()).isTrue();

		String edit = this.http.get("/diary/entries/" + id.group(1) + "/edit", HTML).body();

		assertThat(edit).containsPattern("name=\"pain\" value=\"6\"[^>]* checked")
			.containsPattern("id=\"f-pegAverage\"[^>]*name=\"pegAverage\"[^>]*value=\"5\">")
			.containsPattern("name=\"intensity\\[LUMBAR_LEFT\\]\"[^>]*value=\"7\">")
			.containsPattern("name=\"intensity\\[LUMBAR_RIGHT\\]\"[^>]*value=\"\">")
			.containsPattern("name=\"regions\" value=\"LUMBAR_LEFT\" checked")
			.containsPattern("name=\"tags\"[^>]*value=\"MORNING\" checked=\"checked\"")
			.doesNotContainPattern("name=\"tags\"[^>]*value=\"EVENING\" checked")
			.contains("stiff after the drive");
	}

	@Test
	void anotherUsersEntryPagesAreNotFound() {
		addEntry("5");
		Matcher id = Pattern.compile("/diary/entries/(\\d+)/edit").matcher(this.http.get("/diary", HTML).body());
		assertThat(id.find()).isTrue();
		Http other = new Http(this.port);
		other.registerAndSignIn("other-" + UUID.randomUUID() + "@example.org", "a calm quiet river");

		assertThat(other.get("/diary/entries/" + id.group(1) + "/edit", HTML).statusCode()).isEqualTo(404);
		assertThat(other.postForm("/diary", "/diary/entries/" + id.group(1), Map.of("pain", "1", "version", "0"))
			.statusCode()).isEqualTo(404);
		assertThat(other.postForm("/diary", "/diary/entries/" + id.group(1) + "/delete", Map.of()).statusCode())
			.isEqualTo(404);
		assertThat(this.http.get("/diary", HTML).body()).contains("/diary/entries/" + id.group(1) + "/edit");
	}

	@Test
	void aSignedInFormPostWithoutTheCsrfTokenIsRefused() {
		assertThat(this.http.postFormWithoutCsrf("/diary/entries", Map.of("pain", "3")).statusCode()).isEqualTo(403);
		assertThat(this.http.get("/diary", HTML).body()).contains("No entries yet.");
	}

	@Test
	void theChartScriptAndChartJsAreServedToEveryone() {
		Http anonymous = new Http(this.port);
		assertThat(anonymous.get("/js/diary-chart.js", "*/*").statusCode()).isEqualTo(200);
		assertThat(anonymous.get("/webjars/chart.js/4.4.1/dist/chart.umd.js", "*/*").statusCode()).isEqualTo(200);
	}

	private void finishSession(int before, int after) {
		this.transactions
			.executeWithoutResult(s -> this.events.publishEvent(new SessionFinished(UUID.randomUUID(), this.email,
					"SELF", 15, List.of("tennis-balls"), before, after, false, null, null, List.of(), Instant.now())));
	}

	private void awaitSessions(int count) throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(20);
		while (Instant.now().isBefore(deadline)) {
			String body = this.http.get("/api/v1/diary/sessions", "application/json").body();
			if (body.split("\"planId\"").length - 1 >= count) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("sessions not recorded");
	}

}
