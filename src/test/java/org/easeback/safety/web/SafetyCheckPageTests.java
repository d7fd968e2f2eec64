package org.easeback.safety.web;

import java.time.Clock;

import org.easeback.safety.Question;
import org.easeback.safety.SafetyFixtures;
import org.easeback.safety.config.SafetyConfiguration;
import org.easeback.storage.Storage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(SafetyCheckPageController.class)
@Import({ SafetyConfiguration.class, SafetyCheckPageTests.FixedClock.class, Storage.class })
class SafetyCheckPageTests {

	@Autowired
	MockMvc mvc;

	@TestConfiguration
	static class FixedClock {

		@Bean
		Clock clock() {
			return SafetyFixtures.fixedClock();
		}

	}

	/** A form post with every question answered "no" except the ones given. */
	private static MockHttpServletRequestBuilder answering(Question... yes) {
		MockHttpServletRequestBuilder request = post("/check").param("mode", "PARTNER");
		for (Question question : Question.values()) {
			boolean isYes = java.util.Arrays.asList(yes).contains(question);
			request.param("answers." + question.id(), isYes ? "yes" : "no");
		}
		return request;
	}

	private ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andExpect(status().isOk());
	}

	@Test
	void theFormAsksEveryQuestionInGroupsWithYesNoRadiosAndCarriesTheMode() throws Exception {
		perform(get("/check").param("mode", "SELF")).andExpect(view().name("safety/check"))
			.andExpect(content().string(allOf(containsString("<legend>Emergency signs</legend>"),
					containsString("<legend>About you and your pain</legend>"),
					containsString("name=\"answers.saddle_numbness\" value=\"yes\""),
					containsString("name=\"answers.heart_condition\" value=\"no\""),
					containsString("name=\"mode\" value=\"SELF\""), containsString("for=\"f-age\""),
					containsString("name=\"painOnset\""), containsString("name=\"pregnancyWeeks\""),
					containsString("name=\"firstEpisode\""), containsString("name=\"allergies\""),
					containsString("name=\"skinAreas\""), containsString("aria-describedby"))));
	}

	@Test
	void anUrgentResultSaysToGetCareTodayWithAnIconAndNoPlanLink() throws Exception {
		perform(answering(Question.BLADDER_BOWEL_CHANGE)).andExpect(view().name("safety/result"))
			.andExpect(content().string(allOf(containsString("Get urgent medical care today"),
					containsString("data-outcome=\"URGENT\""), containsString("<svg"), containsString("cauda equina"),
					not(containsString("action=\"/plan/form\"")))));
	}

	@Test
	void aSeeClinicianResultExplainsAndOffersTheHandOff() throws Exception {
		perform(answering(Question.CANCER_HISTORY))
			.andExpect(content().string(allOf(containsString("See a clinician before any massage"),
					containsString("href=\"/handoff\""), not(containsString("action=\"/plan/form\"")))));
	}

	@Test
	void aCautionResultListsTheChangesAndCarriesTheAnswersToThePlanner() throws Exception {
		perform(answering(Question.BLOOD_THINNERS).param("age", "40").param("allergies", "TREE_NUT"))
			.andExpect(content().string(allOf(containsString("Massage is fine with some changes"),
					containsString("Light pressure only."), containsString("No knuckles or fists."),
					containsString("Plan with these changes"), containsString("action=\"/plan/form\""),
					containsString("name=\"answers.blood_thinners\" value=\"yes\""),
					containsString("name=\"mode\" value=\"PARTNER\""), containsString("name=\"age\" value=\"40\""),
					containsString("name=\"allergies\" value=\"TREE_NUT\""))));
	}

	@Test
	void aClearResultGoesStraightToPlanningWithTheModeAndAnswers() throws Exception {
		perform(answering()).andExpect(content()
			.string(allOf(containsString("Nothing found: massage is fine"), containsString("Plan the massage"),
					containsString("action=\"/plan/form\""), containsString("name=\"mode\" value=\"PARTNER\""),
					containsString("name=\"answers.fever\" value=\"no\""))));
	}

	@Test
	void theFormSaysWhomToAnswerFor() throws Exception {
		perform(get("/check").param("mode", "THERAPIST_VISIT")).andExpect(content().string(containsString(
				"Answer for yourself. Your answers can go into the summary you take to your therapist.")));
		perform(get("/check").param("mode", "PARTNER"))
			.andExpect(content().string(containsString("Answer for the person you are going to massage.")));
	}

	@Test
	void theResultSaysHowManyWeeksThePainHasLastedAndWhatThatMakesIt() throws Exception {
		perform(answering().param("painOnset", SafetyFixtures.TODAY.minusWeeks(1).toString()))
			.andExpect(content().string(containsString("The pain started 1 week ago: recent (acute).")));
		perform(answering().param("painOnset", SafetyFixtures.TODAY.minusWeeks(20).toString()))
			.andExpect(content().string(containsString("The pain started 20 weeks ago: long-lasting (chronic).")));
	}

	@Test
	void theErrorSummaryNamesEachFieldAsItsLabelDoes() throws Exception {
		perform(post("/check").param("age", "130"))
			.andExpect(content().string(allOf(containsString(">Age in years: must be between 0 and 120</a>"),
					containsString(
							">Is there a fever, chills, or a feeling of being generally unwell with the back pain?: "
									+ "Please answer yes or no.</a>"))));
	}

	@Test
	void theFormNamesTheAllergensAndAreasInPlainWords() throws Exception {
		perform(get("/check")).andExpect(content().string(
				allOf(containsString("tree nuts (including almond)"), containsString("top of the hip bone, left"))));
	}

	@Test
	void badInputShowsTheFormAgainWithAMessagePerFieldAndTheValuesKept() throws Exception {
		perform(answering(Question.FEVER).param("age", "130")
			.param("painOnset", "2030-01-01")
			.param("otherAllergies", "lanolin"))
			.andExpect(view().name("safety/check"))
			.andExpect(content()
				.string(allOf(containsString("Please check these answers"), containsString("must be between 0 and 120"),
						containsString("must not be in the future"), containsString("value=\"130\""),
						containsString("value=\"2030-01-01\""), containsString("value=\"lanolin\""),
						containsString("id=\"f-age-error\""), containsString("aria-describedby=\"f-age-error\""))))
			.andExpect(content()
				.string(containsString("id=\"f-answers-fever-yes\" name=\"answers.fever\" value=\"yes\" checked")));
	}

	@Test
	void anUnansweredQuestionIsAskedAgainRatherThanTakenAsNo() throws Exception {
		perform(post("/check").param("answers.fever", "no")).andExpect(view().name("safety/check"))
			.andExpect(content().string(allOf(containsString("Please answer yes or no."),
					containsString("href=\"#f-answers-saddle_numbness\""))));
	}

	@Test
	void textWhereANumberBelongsIsAFieldMessageNotAnError() throws Exception {
		perform(answering().param("age", "forty")).andExpect(view().name("safety/check"))
			.andExpect(content()
				.string(allOf(containsString("must be a whole number"), containsString("value=\"forty\""))));
	}

	@Test
	void aSkinProblemWithoutMarkedAreasAsksWhereItIs() throws Exception {
		perform(answering(Question.SKIN_PROBLEM)).andExpect(view().name("safety/check"))
			.andExpect(content().string(containsString("mark where the skin problem is")));
	}

	@Test
	void anAddressNeverFillsInAnswers() throws Exception {
		perform(get("/check").param("answers.pregnant", "yes").param("pregnancyWeeks", "20"))
			.andExpect(content().string(allOf(not(containsString("name=\"answers.pregnant\" value=\"yes\" checked")),
					not(containsString("value=\"20\"")))));
	}

	@Test
	void theResultCarriesTheAnswersOnlyInFormsThatPost() throws Exception {
		perform(answering(Question.BLOOD_THINNERS)).andExpect(view().name("safety/result"))
			.andExpect(content().string(allOf(containsString("<form method=\"post\" action=\"/plan/form\">"),
					containsString("<form method=\"post\" action=\"/check/change\">"),
					not(containsString("method=\"get\"")))));
	}

	@Test
	void earlierAnswersFillTheFormWhenChangingThem() throws Exception {
		perform(post("/check/change").param("answers.pregnant", "yes").param("pregnancyWeeks", "20"))
			.andExpect(content().string(allOf(containsString("name=\"answers.pregnant\" value=\"yes\" checked"),
					containsString("value=\"20\""))));
	}

}
