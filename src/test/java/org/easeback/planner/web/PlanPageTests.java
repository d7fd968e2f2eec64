package org.easeback.planner.web;

import java.net.http.HttpResponse;

import org.easeback.support.HtmlChecker;
import org.easeback.support.ErrorSummary;
import org.easeback.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan form and the player page, as a browser without scripts uses them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanPageTests {

	private static final String PAGE = "/check?mode=PARTNER";

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	@Test
	void shouldSendSomeoneWithoutSafetyAnswersToTheCheckFirst() {
		HttpResponse<String> response = this.http.getNoRedirect("/plan?mode=SELF");

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/check?mode=SELF"));
	}

	@Test
	void shouldSendTheMenusPlanLinkToTheCheckWithoutChoosingForWhomTheMassageIs() {
		// the menu's "Plan" carries no mode: the check must not assume a partner (it
		// would
		// say "Answer for the person you are going to massage" to someone massaging
		// themselves)
		for (String path : new String[] { "/plan", "/plan?mode=", "/plan?mode=SOLO" }) {
			HttpResponse<String> response = this.http.getNoRedirect(path);

			assertThat(response.statusCode()).as(path).isEqualTo(302);
			assertThat(response.headers().firstValue("Location")).as(path)
				.hasValueSatisfying(l -> assertThat(l).endsWith("/check"));
		}
		assertThat(this.http.get("/plan", "text/html").body()).contains("Is a massage safe today?")
			.doesNotContain("Answer for the person you are going to massage", "name=\"mode\"");
	}

	@Test
	void shouldNeverTakeSafetyAnswersFromAnAddressNorRepeatThemInTheRedirect() {
		HttpResponse<String> response = this.http
			.getNoRedirect("/plan?mode=PARTNER&answers.blood_thinners=yes&otherAllergies=sesame&pregnancyWeeks=20");

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/check?mode=PARTNER"));
	}

	@Test
	void shouldOfferAFormWithDefaultsThatCarriesTheSafetyAnswers() {
		HttpResponse<String> form = planForm("mode=PARTNER&answers.blood_thinners=yes&age=40");

		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("Build my session", "name=\"answers.blood_thinners\" value=\"yes\"",
				"name=\"age\" value=\"40\"", "value=\"15\"", "name=\"soreSpots\"", "name=\"avoidRegions\"");
	}

	@Test
	void shouldBuildAPlanAndOpenThePlayer() {
		HttpResponse<String> posted = this.http.postFormNoRedirect(PAGE, "/plan",
				"mode=PARTNER&minutes=10&equipment=BED&equipment=OIL&pressure=LIGHT&oil=&answers.fever=no");

		assertThat(posted.statusCode()).isEqualTo(302);
		String player = posted.headers().firstValue("Location").orElseThrow();
		assertThat(player).contains("/sessions/");

		HttpResponse<String> page = this.http.get(player.substring(player.indexOf("/sessions/")), "text/html");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Your 10-minute session", "Stop — it hurts", "Start the session",
				"id=\"plan-data\"", "/js/player.js");
	}

	@Test
	void theSummaryThePlayerAndTheApiCountTheSameSteps() {
		HttpResponse<String> posted = this.http.postFormNoRedirect(PAGE, "/plan",
				"mode=PARTNER&minutes=20&equipment=BED&equipment=OIL&pressure=MEDIUM&oil=&answers.fever=no");
		String player = posted.headers().firstValue("Location").orElseThrow();
		String page = this.http.get(player.substring(player.indexOf("/sessions/")), "text/html").body();

		String list = page.substring(page.indexOf("<ol class=\"step-list\">"),
				page.indexOf("</ol>", page.indexOf("<ol class=\"step-list\">")));
		int listed = list.split("<li>", -1).length - 1;
		assertThat(listed).isGreaterThan(5);
		assertThat(page).contains(": " + listed + " steps, one at a time")
			.contains("data-field=\"step-count\">" + listed + " steps, played");

		String api = this.http
			.postJson("/api/v1/plans", "{\"mode\":\"PARTNER\",\"minutes\":20,\"safety\":{\"answers\":{}}}")
			.body();
		int steps = api.split("\"checkIn\":", -1).length - 1;
		assertThat(api).contains(": " + steps + " steps, one at a time");
	}

	@Test
	void shouldShowUrgentAdviceAndNoPlanForAnUrgentAnswer() {
		HttpResponse<String> refused = this.http.postFormNoRedirect(PAGE, "/plan",
				"mode=PARTNER&minutes=15&answers.saddle_numbness=yes");

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Get urgent medical care today").doesNotContain("/sessions/");
	}

	@Test
	void aPlanRefusedForUrgentAnswersSaysWhomToCallAsTheCheckDoes() {
		HttpResponse<String> refused = this.http.postFormNoRedirect(PAGE, "/plan",
				"mode=PARTNER&minutes=15&answers.saddle_numbness=yes");

		assertThat(refused.body()).contains("Do not massage the back.", "href=\"tel:999\"", "Call 999 now",
				"href=\"tel:111\"", "href=\"https://111.nhs.uk/\"");
		assertThat(planForm("mode=PARTNER&answers.saddle_numbness=yes").body()).contains("href=\"tel:999\"");
		assertThat(planForm("mode=SELF&answers.cancer_history=yes").body()).doesNotContain("tel:");
	}

	@Test
	void shouldShowUrgentAdviceAndNoFormWhenTheCarriedAnswersAreUrgent() {
		HttpResponse<String> page = planForm("mode=PARTNER&answers.saddle_numbness=yes");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Get urgent medical care today")
			.doesNotContain("Build my session", "<form method=\"post\" action=\"/plan\"");
	}

	@Test
	void shouldShowClinicianAdviceAndNoFormWhenTheCarriedAnswersCallForAClinician() {
		HttpResponse<String> page = planForm("mode=SELF&answers.cancer_history=yes");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("See a clinician before any massage").doesNotContain("Build my session");
	}

	@Test
	void shouldPreselectTheSafetyCapAndOfferNothingFirmerAfterABloodThinnersCaution() {
		String form = planForm("mode=PARTNER&answers.blood_thinners=yes").body();

		assertThat(form).contains("Build my session", "name=\"pressure\" value=\"LIGHT\" checked=\"checked\"")
			.doesNotContain("value=\"MEDIUM\"", "value=\"FIRM\"");
	}

	@Test
	void shouldKeepOfferingEveryPressureWithMediumPreselectedWhenNothingCapsIt() {
		String form = planForm("mode=PARTNER&answers.fever=no").body();

		assertThat(form).contains("name=\"pressure\" value=\"MEDIUM\" checked=\"checked\"",
				"name=\"pressure\" value=\"FIRM\"", "name=\"pressure\" value=\"LIGHT\"");
	}

	@Test
	void shouldNotOfferAboveTheCapWhenTheFormComesBackWithAnError() {
		String form = this.http
			.postFormNoRedirect(PAGE, "/plan", "mode=SELF&minutes=90&pressure=FIRM&answers.osteoporosis=yes")
			.body();

		assertThat(form)
			.contains("choose between 5 and 60 minutes", "name=\"pressure\" value=\"LIGHT\" checked=\"checked\"")
			.doesNotContain("value=\"FIRM\"");
	}

	@Test
	void shouldKeepTheEnteredValuesAndNameTheFieldWhenMinutesAreOutOfRange() {
		HttpResponse<String> form = this.http.postFormNoRedirect(PAGE, "/plan",
				"mode=SELF&minutes=90&pressure=FIRM&answers.fever=no");

		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("choose between 5 and 60 minutes", "value=\"90\"",
				"name=\"answers.fever\" value=\"no\"");
	}

	@Test
	void shouldNameEachRefusedAnswerAsThePageLabelsItAndShowItsMessageAtTheAnswer() {
		String page = this.http
			.postFormNoRedirect(PAGE, "/plan", "mode=PARTNER&minutes=&pressure=HARD&oil=nonsense&answers.fever=no")
			.body();

		assertThat(page)
			.contains("<a href=\"#minutes\">How long?: choose between 5 and 60 minutes</a>",
					"<a href=\"#field-pressure\">Pressure liked: choose one of the pressures offered</a>")
			.doesNotContain(">minutes:", ">pressure:")
			.containsPattern("id=\"minutes\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"minutes-error\"")
			.containsPattern("<p class=\"field-error\" id=\"pressure-error\">choose one of the pressures offered</p>");
		ErrorSummary.assertEveryLinkFindsItsElement(page);
		assertThat(HtmlChecker.errors(page)).isEmpty();
	}

	@Test
	void minutesOutOfRangeAreNamedEvenWhenAnotherAnswerWasNotOneOffered() {
		String page = this.http
			.postFormNoRedirect(PAGE, "/plan", "mode=PARTNER&minutes=90&pressure=HARD&answers.fever=no")
			.body();

		assertThat(page).contains("<a href=\"#minutes\">How long?: choose between 5 and 60 minutes</a>",
				"<a href=\"#field-pressure\">Pressure liked: choose one of the pressures offered</a>");
	}

	@Test
	void shouldSayOnceThatMinutesMustBeANumberInRangeWhenTheyAreNotANumber() {
		String page = this.http.postFormNoRedirect(PAGE, "/plan", "mode=PARTNER&minutes=lots&answers.fever=no").body();

		assertThat(page).contains("How long?: choose between 5 and 60 minutes")
			.doesNotContain("has a value we do not recognise");
	}

	@Test
	void shouldSendSomeoneBackToTheSafetyCheckWhenTheCarriedAnswersCannotBeRead() {
		String page = this.http.postFormNoRedirect(PAGE, "/plan", "mode=SELF&minutes=10&answers.fever=maybe&age=abc")
			.body();

		assertThat(page).contains("answers that came with this form could not be read")
			.contains("href=\"/check?mode=SELF\"")
			.doesNotContain("answers.fever:", "age:", "#field-answers", "#field-age");
	}

	@Test
	void shouldSayAtOnceWhenTheCarriedSafetyAnswersCannotBeRead() {
		String page = planForm("mode=SELF&answers.fever=maybe").body();

		assertThat(page).contains("answers that came with this form could not be read", "href=\"/check?mode=SELF\"");
		assertThat(planForm("mode=PARTNER&answers.fever=no").body()).doesNotContain("could not be read",
				"Please check");
	}

	@Test
	void shouldNameTheOilAndOpenTheAreasWhoseAnswerWasRefused() {
		String page = this.http
			.postFormNoRedirect(PAGE, "/plan", "mode=PARTNER&minutes=10&oil=nonsense&soreSpots=KNEE&answers.fever=no")
			.body();

		assertThat(page).contains("Where does it hurt?: choose among the areas shown")
			.containsPattern("<details class=\"card\" id=\"field-soreSpots\"[^>]* open=\"open\"");
		ErrorSummary.assertEveryLinkFindsItsElement(page);
		assertThat(HtmlChecker.errors(page)).isEmpty();

		String oil = this.http
			.postFormNoRedirect(PAGE, "/plan", "mode=PARTNER&minutes=10&oil=nonsense&answers.fever=no")
			.body();
		assertThat(oil).contains("<a href=\"#oil\">Oil or lotion: is not an oil or lotion of the library</a>");
		ErrorSummary.assertEveryLinkFindsItsElement(oil);
	}

	@Test
	void shouldOfferToChangeTheAnswersByPostingThemBackToTheCheck() {
		String form = planForm("mode=SELF&answers.blood_thinners=yes&age=40").body();

		assertThat(form).containsPattern(
				"<form method=\"post\" action=\"/check/change\">(?s:(?!</form>).)*name=\"answers.blood_thinners\" value=\"yes\"(?s:(?!</form>).)*name=\"mode\" value=\"SELF\"");
	}

	@Test
	void shouldShowAFriendlyPageForAnUnknownSession() {
		HttpResponse<String> page = this.http.get("/sessions/00000000-0000-0000-0000-000000000000", "text/html");

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("This plan link has expired or does not exist", "Make a new plan");
	}

	@Test
	void shouldKeepWordsThePersonTypedFromBreakingOutOfThePlayersData() {
		HttpResponse<String> posted = this.http.postFormNoRedirect(PAGE, "/plan",
				"mode=PARTNER&minutes=10&equipment=OIL&answers.fever=no&otherAllergies=%3C%2Fscript%3E%3Cscript%3Ealert(1)");
		String player = posted.headers().firstValue("Location").orElseThrow();

		String page = this.http.get(player.substring(player.indexOf("/sessions/")), "text/html").body();

		assertThat(page).doesNotContain("</script><script>alert(1)");
	}

	/** The plan form as the result page of the check opens it, by posting the answers. */
	private HttpResponse<String> planForm(String answers) {
		return this.http.postFormNoRedirect(PAGE, "/plan/form", answers);
	}

}
