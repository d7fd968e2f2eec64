package org.easeback.handoff.web;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.easeback.account.Accounts;
import org.easeback.account.PersonalData;
import org.easeback.content.ContentLibrary;
import org.easeback.diary.DiaryEntries;
import org.easeback.diary.DiaryFixtures;
import org.easeback.handoff.HandoffFixtures;
import org.easeback.handoff.Intakes;
import org.easeback.handoff.SafetyCheckRecords;
import org.easeback.safety.Question;
import org.easeback.shared.Region;
import org.easeback.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The hand-off on the running server: the intake API's validation and locking, the PDF's
 * text, revocation on the therapist's next request, the planner's "From your therapist",
 * the latest safety check, and export and deletion.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HandoffWebTests {

	private static final String PASSWORD = "a calm quiet river";

	@LocalServerPort
	int port;

	@Autowired
	ContentLibrary library;

	@Autowired
	DiaryEntries diary;

	@Autowired
	Intakes intakes;

	@Autowired
	SafetyCheckRecords checks;

	@Autowired
	PersonalData personalData;

	@Autowired
	Accounts accounts;

	Http client;

	String clientEmail;

	String therapistEmail;

	/** The id {@link #therapistEmail} names the client by. */
	String clientId;

	@BeforeEach
	void aClientWithAnIntake() {
		this.clientEmail = HandoffFixtures.someone();
		this.client = new Http(this.port);
		this.client.registerAndSignIn(this.clientEmail, PASSWORD);
		assertThat(put(HandoffFixtures.fullIntakeJson(0)).statusCode()).isEqualTo(200);
	}

	@Test
	void anIntakeWithBadFieldsIsRefusedNamingEachField() {
		HttpResponse<String> response = put("""
				{"version": 1, "intake": {"surgeries": [{"year": 1800, "area": ""}],
				 "preferredModality": "cat-cow"}}""");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("surgeries[0].year", "surgeries[0].area", "preferredModality");
	}

	@Test
	void anUnknownAllergenIsRefusedNamingTheField() {
		HttpResponse<String> response = put("{\"version\": 1, \"intake\": {\"allergies\": [\"PEANUT\"]}}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("allergies");
	}

	@Test
	void aChangeBasedOnAnOldVersionIsAConflict() {
		assertThat(put(HandoffFixtures.fullIntakeJson(1)).statusCode()).isEqualTo(200);

		HttpResponse<String> stale = put(HandoffFixtures.fullIntakeJson(1));

		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(this.client.sendJson("GET", "/api/v1/handoff/intake", null, true).body()).contains("\"version\":2");
	}

	@Test
	void thePdfSummaryListsTheAllergiesAndTheAreasToAvoid() throws IOException {
		this.diary.add(this.clientEmail, DiaryFixtures.entryWithPainAt(6, Instant.now().minus(Duration.ofDays(2))));

		HttpResponse<byte[]> a4 = this.client.getBytes("/handoff/summary.pdf");
		HttpResponse<byte[]> letter = this.client.getBytes("/handoff/summary.pdf?paper=letter");

		assertThat(a4.statusCode()).isEqualTo(200);
		assertThat(a4.headers().firstValue("Content-Type")).contains("application/pdf");
		try (PDDocument pdf = Loader.loadPDF(a4.body()); PDDocument us = Loader.loadPDF(letter.body())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("Tree nuts", "Latex", "Lavender oil", this.library.region(Region.SACRUM).name(),
					this.library.region(Region.FLANK_LEFT).name());
			assertThat(pdf.getNumberOfPages()).isEqualTo(1);
			assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(595f,
					org.assertj.core.data.Offset.offset(2f));
			assertThat(us.getPage(0).getMediaBox().getWidth()).isCloseTo(612f, org.assertj.core.data.Offset.offset(2f));
		}
	}

	/**
	 * The body map prints as outlined, labelled areas: a filled silhouette hides which
	 * areas are which on paper. The PDF's side column, where the map sits, is rendered
	 * and must be mostly paper.
	 */
	@Test
	void thePdfBodyMapIsOutlinedNotAFilledShape() throws IOException {
		HttpResponse<byte[]> a4 = this.client.getBytes("/handoff/summary.pdf");

		try (PDDocument pdf = Loader.loadPDF(a4.body())) {
			// at 72 dpi one pixel is one point; the map heads the side column
			// (summary.css)
			BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 72, ImageType.GRAY);
			int margin = 34;
			int column = 176;
			int left = page.getWidth() - margin - column;
			long dark = 0;
			long all = 0;
			for (int y = margin + 20; y < margin + 240; y++) {
				for (int x = left; x < page.getWidth() - margin; x++) {
					all++;
					if ((page.getRGB(x, y) & 0xff) < 128) {
						dark++;
					}
				}
			}
			assertThat((double) dark / all).as("share of dark pixels where the map is").isLessThan(0.12);
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains(this.library.region(Region.SACRUM).name() + " (avoid)");
		}
	}

	@Test
	void theHtmlSummaryShowsTheSparklineAndTheBodyMap() {
		this.diary.add(this.clientEmail, DiaryFixtures.entryWithPainAt(6, Instant.now().minus(Duration.ofDays(3))));
		this.diary.add(this.clientEmail, DiaryFixtures.entryWithPainAt(3, Instant.now().minus(Duration.ofDays(1))));

		String page = this.client.get("/handoff/summary", "text/html").body();

		assertThat(page).contains("<polyline", "fill=\"url(#print-map-hatch)\"",
				"<li class=\"avoid\">Sacrum (avoid)</li>", "<link rel=\"stylesheet\" href=\"/css/summary.css\" />",
				"<span>2</span> entries");
	}

	@Test
	void oneDiaryEntryIsCountedAsOneEntryNotOneEntries() {
		this.diary.add(this.clientEmail, DiaryFixtures.entryWithPainAt(5, Instant.now().minus(Duration.ofDays(2))));

		String page = this.client.get("/handoff/summary", "text/html").body();

		assertThat(page).contains("<span>1</span> entry; average").doesNotContain("1</span> entries");
	}

	@Test
	void aRevocationTakesEffectOnTheTherapistsNextRequest() {
		Http therapist = new Http(this.port);
		therapist.registerAndSignIn(HandoffFixtures.someone(), PASSWORD, "THERAPIST");
		String code = field(this.client.sendJson("POST", "/api/v1/handoff/shares", null, true).body(), "code");
		String clientId = field(
				therapist.sendJson("POST", "/api/v1/therapist/redeem", "{\"code\": \"" + code + "\"}", true).body(),
				"id");
		String summary = "/api/v1/therapist/clients/" + clientId + "/summary";
		assertThat(therapist.sendJson("GET", summary, null, true).statusCode()).isEqualTo(200);

		String id = field(this.client.sendJson("GET", "/api/v1/handoff/shares", null, true).body(), "id");
		assertThat(this.client.sendJson("DELETE", "/api/v1/handoff/shares/" + id, null, true).statusCode())
			.isEqualTo(204);

		assertThat(therapist.sendJson("GET", summary, null, true).statusCode()).isEqualTo(404);
		assertThat(therapist.get("/therapist", "text/html").body()).doesNotContain(this.clientEmail);
	}

	@Test
	void theClientSeesTheHomeRoutineOnTheHandoffPageAndThePlanFormOffersIt() {
		assign(sharedWithATherapist(), "cat-cow", "twice a day");
		String name = this.library.find("cat-cow").orElseThrow().name();

		assertThat(this.client.get("/handoff", "text/html").body()).contains("From your therapist", name,
				"twice a day");
		assertThat(this.client.postFormNoRedirect("/check", "/plan/form", "mode=SELF&answers.fever=no").body())
			.contains("From your therapist", name, "twice a day");
		assertThat(new Http(this.port).postFormNoRedirect("/check", "/plan/form", "mode=SELF&answers.fever=no").body())
			.doesNotContain("From your therapist");
	}

	@Test
	void theHomePageShowsTheRoutineOnlyToTheClientItWasAssignedTo() {
		assign(sharedWithATherapist(), "cat-cow", "twice a day");
		String name = this.library.find("cat-cow").orElseThrow().name();
		Http otherClient = new Http(this.port);
		otherClient.registerAndSignIn(HandoffFixtures.someone(), PASSWORD);

		String home = this.client.get("/", "text/html").body();

		assertThat(home).contains("Your home routine from your therapist", "href=\"/library/cat-cow\"", name,
				"twice a day", this.therapistEmail, "id=\"diagram-cat-cow\"");
		assertThat(otherClient.get("/", "text/html").body()).contains("Where do you want to start?")
			.doesNotContain("Your home routine", "twice a day");
		assertThat(new Http(this.port).get("/", "text/html").body()).contains("Where do you want to start?")
			.doesNotContain("Your home routine", "twice a day");
	}

	@Test
	void theClientStartsASessionOfTheRoutineItemsTheSafetyAnswersAllow() {
		Http therapist = sharedWithATherapist();
		assign(therapist, "self-hands-knuckles", "once a day");
		assign(therapist, "cat-cow", "twice a day");
		String page = "/check?mode=SELF";
		// the button's text comes from the bundle through th:text, which escapes the
		// apostrophe
		assertThat(this.client.postFormNoRedirect(page, "/plan/form", "mode=SELF&answers.blood_thinners=yes").body())
			.contains("Start my therapist&#39;s routine");

		HttpResponse<String> posted = this.client.postFormNoRedirect(page, "/plan",
				"routine=therapist&mode=SELF&minutes=10&equipment=MAT&pressure=LIGHT&oil=&answers.blood_thinners=yes");

		assertThat(posted.statusCode()).isEqualTo(302);
		String player = posted.headers().firstValue("Location").orElseThrow();
		String id = player.substring(player.indexOf("/sessions/") + "/sessions/".length());
		String plan = this.client.sendJson("GET", "/api/v1/plans/" + id, null, false).body();
		assertThat(plan).contains("\"itemId\":\"cat-cow\"", "your therapist's home routine", "left out")
			.doesNotContain("\"itemId\":\"self-hands-knuckles\"", "\"itemId\":\"knee-to-chest\"");
	}

	@Test
	void startingTheRoutineWithoutOneNamesTheProblem() {
		HttpResponse<String> posted = this.client.postFormNoRedirect("/check?mode=SELF", "/plan",
				"routine=therapist&mode=SELF&minutes=10&pressure=LIGHT&answers.fever=no");

		assertThat(posted.statusCode()).isEqualTo(200);
		assertThat(posted.body()).contains("there is no home routine from a therapist for you");
	}

	/**
	 * A therapist the client shares with ({@link #therapistEmail}), who names the client
	 * {@link #clientId}.
	 */
	private Http sharedWithATherapist() {
		Http therapist = new Http(this.port);
		this.therapistEmail = HandoffFixtures.someone();
		therapist.registerAndSignIn(this.therapistEmail, PASSWORD, "THERAPIST");
		String code = field(this.client.sendJson("POST", "/api/v1/handoff/shares", null, true).body(), "code");
		this.clientId = field(
				therapist.sendJson("POST", "/api/v1/therapist/redeem", "{\"code\": \"" + code + "\"}", true).body(),
				"id");
		return therapist;
	}

	/** Assigns an item to the client. */
	private void assign(Http therapist, String itemId, String howOften) {
		HttpResponse<String> assigned = therapist.sendJson("POST",
				"/api/v1/therapist/clients/" + this.clientId + "/routines",
				"{\"itemId\": \"" + itemId + "\", \"howOften\": \"" + howOften + "\"}", true);
		assertThat(assigned.statusCode()).isEqualTo(201);
	}

	@Test
	void withoutAConfiguredBaseTheCanonicalIsWhereThisServerPublishesTheQuestionnaire() {
		String published = new Http(this.port).get("/fhir/Questionnaire/easeback-intake", "application/fhir+json")
			.body();
		Matcher url = Pattern
			.compile("\"url\": \"(http://[^/\"]+:" + this.port + "/fhir/Questionnaire/easeback-intake)\"")
			.matcher(published);

		assertThat(url.find()).as(published).isTrue();
		assertThat(this.client.get("/api/v1/handoff/fhir", "application/fhir+json").body())
			.contains("\"questionnaire\": \"" + url.group(1) + "\"")
			.doesNotContain("easeback.org");
	}

	@Test
	void aSafetyCheckWhileSignedInIsKeptForTheSummary() {
		Map<String, String> allNo = new java.util.HashMap<>();
		for (Question question : Question.values()) {
			allNo.put("answers." + question.id(), "no");
		}
		// the check page also needs the age and an answer about allergies
		allNo.put("age", "40");
		allNo.put("none.ALLERGIES", "yes");
		this.client.postForm("/check", "/check", allNo);

		assertThat(this.checks.latest(this.clientEmail)).isPresent();
		assertThat(this.client.get("/handoff/summary", "text/html").body()).doesNotContain("No safety check recorded");
	}

	@Test
	void theExportHoldsTheIntakeAndDeletingTheAccountRemovesIt() {
		Map<String, Object> export = this.personalData.export(this.clientEmail);
		assertThat(export).containsKeys("handoff", "therapist");
		assertThat(export.get("handoff").toString()).contains("Lavender oil");

		this.accounts.delete(this.clientEmail, this.clientEmail);

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.intakes.find(this.clientEmail).version()).isZero());
	}

	@Test
	void theHandoffPageSavesTheIntakeFromItsFormAndShowsIt() {
		HttpResponse<String> saved = this.client.postForm("/handoff", "/handoff",
				Map.of("version", "1", "conditions", "Scoliosis\nAsthma", "surgeries", "2015 L5-S1 fusion",
						"prescriptionMedicines", "Warfarin", "allergies", "COCONUT", "avoidAreas", "SACRUM",
						"preferredModality", "", "pressure", "MEDIUM"));

		assertThat(saved.statusCode()).isEqualTo(200);
		assertThat(saved.body()).contains("Scoliosis", "2015 L5-S1 fusion", "Warfarin",
				"name=\"allergies\" value=\"COCONUT\" checked", "name=\"avoidAreas\" value=\"SACRUM\" checked");
		assertThat(this.intakes.find(this.clientEmail).intake().medicines())
			.containsExactly(new org.easeback.handoff.Intake.Medicine("Warfarin", true));
	}

	@Test
	void aRefusedIntakeNamesEachAnswerAsThePageLabelsItAtItsField() {
		HttpResponse<String> page = this.client.postForm("/handoff", "/handoff",
				Map.of("version", "0", "goals", "g".repeat(2001), "prescriptionMedicines", "Warfarin", "otherMedicines",
						"Ibuprofen\n" + "m".repeat(201), "surgeries", "1850 appendix"));

		String body = page.body();
		assertThat(page.statusCode()).isEqualTo(200);
		// the summary links each answer by its label, never by the form's field names
		assertThat(body).contains("href=\"#goals\">Your goals must be at most 2000 characters</a>")
			.contains("href=\"#otherMedicines\">Over-the-counter medicines, entry 2 must be at most 200 characters</a>")
			.contains("href=\"#surgeries\">Back surgeries, entry 1: the year must be a year from 1900 to")
			.doesNotContain("goals: must", "medicines[2]", "surgeries[0]");
		// each message also sits after its input, which points at it
		assertThat(body).containsPattern("id=\"goals\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"goals-error\"")
			.contains("id=\"goals-error\">must be at most 2000 characters<")
			.containsPattern("id=\"otherMedicines\"[^>]*aria-invalid=\"true\"")
			.doesNotContainPattern("id=\"prescriptionMedicines\"[^>]*aria-invalid");
		// what was typed is kept
		assertThat(body).contains("Ibuprofen", "1850 appendix");
	}

	@Test
	void theHandoffPageShowsAShareCodeAndRevokesIt() {
		HttpResponse<String> page = this.client.postForm("/handoff", "/handoff/shares", Map.of());
		Matcher code = Pattern.compile("class=\"share-code\">([A-Z0-9]{10})<").matcher(page.body());
		assertThat(code.find()).as(page.body()).isTrue();
		Matcher revoke = Pattern.compile("action=\"(/handoff/shares/\\d+/revoke)\"").matcher(page.body());
		assertThat(revoke.find()).isTrue();

		HttpResponse<String> after = this.client.postForm("/handoff", revoke.group(1), Map.of());

		assertThat(after.body()).doesNotContain(code.group(1));
	}

	private HttpResponse<String> put(String json) {
		return this.client.sendJson("PUT", "/api/v1/handoff/intake", json, true);
	}

	private static String field(String json, String name) {
		Matcher m = Pattern.compile("\"" + name + "\":\"?([A-Za-z0-9-]+)").matcher(json);
		assertThat(m.find()).as(json).isTrue();
		return m.group(1);
	}

}
