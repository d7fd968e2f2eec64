package org.easeback.safety.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.easeback.safety.Outcome;
import org.easeback.safety.Question;
import org.easeback.safety.QuestionGroup;
import org.easeback.safety.SafetyCheck;
import org.easeback.safety.SafetyFixtures;
import org.easeback.safety.SafetyResult;
import org.easeback.safety.config.SafetyConfiguration;
import org.easeback.storage.Storage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
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

	@Autowired
	MessageSource messages;

	@Autowired
	SafetyCheck check;

	@TestConfiguration
	static class FixedClock {

		@Bean
		Clock clock() {
			return SafetyFixtures.fixedClock();
		}

	}

	/**
	 * The check page's own post: the given boxes ticked, "None of these" for every other
	 * group, the age typed and no follow-up answered.
	 */
	private static MockHttpServletRequestBuilder ticking(Question... yes) {
		return tickingAt("40", yes);
	}

	/** As {@link #ticking}, with this age typed. */
	private static MockHttpServletRequestBuilder tickingAt(String age, Question... yes) {
		return tickingAndNamingAllergies(age, yes).param("none.ALLERGIES", "yes");
	}

	/** As {@link #ticking}, with the allergies left for the test to answer. */
	private static MockHttpServletRequestBuilder tickingAndNamingAllergies(String age, Question... yes) {
		List<Question> ticked = Arrays.asList(yes);
		MockHttpServletRequestBuilder request = post("/check").param("mode", "PARTNER").param("age", age);
		for (QuestionGroup group : QuestionGroup.values()) {
			List<Question> inGroup = Arrays.stream(Question.values()).filter(q -> q.group() == group).toList();
			if (group != QuestionGroup.FOLLOW_UPS && inGroup.stream().noneMatch(ticked::contains)) {
				request.param("none." + group.name(), "yes");
			}
		}
		ticked.forEach(q -> request.param("answers." + q.id(), "yes"));
		return request;
	}

	/**
	 * What the result page's hidden fields post: every risk question answered yes or no.
	 */
	private static MockHttpServletRequestBuilder answering(Question... yes) {
		MockHttpServletRequestBuilder request = post("/check").param("mode", "PARTNER")
			.param("age", "40")
			.param("none.ALLERGIES", "yes");
		for (Question question : Question.values()) {
			if (question.group() != QuestionGroup.FOLLOW_UPS) {
				request.param("answers." + question.id(), Arrays.asList(yes).contains(question) ? "yes" : "no");
			}
		}
		return request;
	}

	private String text(String key) {
		return HtmlUtils.htmlEscape(this.messages.getMessage(key, null, Locale.UK));
	}

	private ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andExpect(status().isOk());
	}

	@Test
	void theFormAsksEachGroupWithABoxPerQuestionAndAnExclusiveNoneOfThese() throws Exception {
		perform(get("/check").param("mode", "SELF")).andExpect(view().name("safety/check"))
			.andExpect(content().string(allOf(containsString(
					"type=\"checkbox\" id=\"f-answers-saddle_numbness\" name=\"answers.saddle_numbness\" value=\"yes\""),
					containsString("name=\"none.EMERGENCY_SIGNS\" value=\"yes\" data-none"),
					containsString("name=\"none.HOW_IT_STARTED\" value=\"yes\" data-none"),
					containsString("name=\"none.ALLERGIES\" value=\"yes\" data-none"),
					containsString(text("question.group.EMERGENCY_SIGNS.title")),
					containsString(text("question.group.EMERGENCY_SIGNS.none")),
					containsString("name=\"mode\" value=\"SELF\""), containsString("for=\"f-age\""),
					containsString("name=\"painOnset\""), containsString("name=\"pregnancyWeeks\""),
					containsString("name=\"firstEpisode\""), containsString("name=\"answers.floor_is_easy\""),
					containsString("name=\"answers.pregnancy_complications\""), containsString("name=\"allergies\""),
					containsString("name=\"answers.skin_minor\""), containsString("name=\"skinAreas\""),
					not(containsString("name=\"answers.clinician_clearance\"")),
					not(containsString("name=\"answers.saddle_numbness\" value=\"no\"")))));
	}

	@Test
	void theQuestionsAreWordedForTheModeWithTheModeSentenceAboveTheFirstGroup() throws Exception {
		String partner = this.mvc.perform(get("/check").param("mode", "PARTNER"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(partner).contains(text("question.pregnant.text.partner"))
			.doesNotContain(text("question.pregnant.text.self"));
		assertThat(partner.indexOf(text("check.mode.PARTNER"))).isPositive().isLessThan(partner.indexOf("<legend"));
		perform(get("/check").param("mode", "SELF")).andExpect(content().string(
				allOf(containsString(text("question.pregnant.text.self")), containsString(text("check.mode.SELF")))));
	}

	@Test
	void anEmptyCheckNamesEachUnansweredGroupOnceAndTheAgeOnce() throws Exception {
		String page = this.mvc.perform(post("/check").param("mode", "SELF"))
			.andExpect(view().name("safety/check"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> links = new java.util.ArrayList<>();
		Matcher link = Pattern.compile("<li>\\s*<a href=\"#([^\"]+)\"").matcher(page);
		while (link.find()) {
			links.add(link.group(1));
		}
		assertThat(links).containsExactly("f-group-EMERGENCY_SIGNS", "f-group-HEALTH_HISTORY", "f-group-RECENT_CHANGES",
				"f-group-CONDITIONS", "f-age", "f-group-HOW_IT_STARTED", "f-group-ALLERGIES");
		assertThat(page).contains(text("question.group.HEALTH_HISTORY.title") + ": " + text("check.group.unanswered"));
	}

	@Test
	void noneOfTheseWithATickedBoxIsRefusedAndKeepsBothTicks() throws Exception {
		perform(ticking(Question.FEVER).param("none.EMERGENCY_SIGNS", "yes")).andExpect(view().name("safety/check"))
			.andExpect(content().string(allOf(containsString("href=\"#f-group-EMERGENCY_SIGNS\""),
					containsString(text("check.group.noneAndTicked")),
					containsString(
							"name=\"answers.fever\" value=\"yes\" aria-describedby=\"f-answers-fever-help\" checked"),
					containsString("name=\"none.EMERGENCY_SIGNS\" value=\"yes\" data-none checked"))));
	}

	@Test
	void aTickedBoxMakesEveryOtherQuestionOfItsGroupANo() throws Exception {
		perform(ticking(Question.BLOOD_THINNERS)).andExpect(view().name("safety/result"))
			.andExpect(content().string(allOf(containsString("name=\"answers.blood_thinners\" value=\"yes\""),
					containsString("name=\"answers.osteoporosis\" value=\"no\""),
					containsString("name=\"answers.saddle_numbness\" value=\"no\""))));
	}

	@Test
	void allergiesNeedABoxTheirNameOrNoneOfThese() throws Exception {
		perform(ticking().param("otherAllergies", "lanolin")).andExpect(view().name("safety/check"))
			.andExpect(content().string(containsString("href=\"#f-group-ALLERGIES\"")));
		perform(tickingAndNamingAllergies("40").param("otherAllergies", "lanolin"))
			.andExpect(view().name("safety/result"));
	}

	@Test
	void pregnancyAsksAboutComplicationsAndCarriesTheWeeks() throws Exception {
		perform(ticking(Question.PREGNANT).param("pregnancyWeeks", "18")).andExpect(view().name("safety/check"))
			.andExpect(content().string(allOf(containsString("href=\"#f-answers-pregnancy_complications\""),
					containsString("value=\"18\""))));
		perform(ticking(Question.PREGNANT).param("pregnancyWeeks", "18").param("answers.pregnancy_complications", "no"))
			.andExpect(view().name("safety/result"))
			.andExpect(content().string(allOf(containsString("name=\"pregnancyWeeks\" value=\"18\""),
					containsString("name=\"answers.pregnancy_complications\" value=\"no\""))));
	}

	@Test
	void aFollowUpIsNotAskedNorCarriedWhenItsConditionDoesNotHold() throws Exception {
		perform(ticking().param("pregnancyWeeks", "18").param("answers.pregnancy_complications", "yes"))
			.andExpect(view().name("safety/result"))
			.andExpect(content()
				.string(allOf(containsString("data-outcome=\"CLEAR\""), not(containsString("name=\"pregnancyWeeks\"")),
						not(containsString("answers.pregnancy_complications")))));
	}

	@Test
	void whetherASkinProblemIsOnlySunburnIsAskedOnlyAfterASkinProblem() throws Exception {
		String[] wholeBack = { "LUMBAR_LEFT", "LUMBAR_RIGHT", "SACRUM" };
		perform(ticking(Question.SKIN_PROBLEM).param("skinAreas", wholeBack)).andExpect(view().name("safety/check"))
			.andExpect(content().string(allOf(containsString("href=\"#f-answers-skin_minor\""),
					containsString(text("check.if.skinProblem")))));
		perform(ticking(Question.SKIN_PROBLEM).param("skinAreas", wholeBack).param("answers.skin_minor", "yes"))
			.andExpect(view().name("safety/result"))
			.andExpect(content().string(allOf(containsString("data-outcome=\"CAUTION\""),
					containsString("name=\"answers.skin_minor\" value=\"yes\""))));
		perform(ticking().param("answers.skin_minor", "yes")).andExpect(view().name("safety/result"))
			.andExpect(content()
				.string(allOf(containsString("data-outcome=\"CLEAR\""), not(containsString("answers.skin_minor")))));
	}

	@Test
	void theFirstEpisodeIsAskedOnlyUnderTwentyOrOverFiftyFive() throws Exception {
		perform(tickingAt("58")).andExpect(view().name("safety/check"))
			.andExpect(content().string(containsString("href=\"#f-firstEpisode\"")));
		perform(tickingAt("17")).andExpect(view().name("safety/check"))
			.andExpect(content().string(containsString("href=\"#f-firstEpisode\"")));
		perform(ticking().param("firstEpisode", "yes")).andExpect(view().name("safety/result"))
			.andExpect(content().string(not(containsString("name=\"firstEpisode\""))));
	}

	@Test
	void gettingUpFromTheFloorIsAskedOnlyOverSeventy() throws Exception {
		perform(tickingAt("71").param("firstEpisode", "no")).andExpect(view().name("safety/check"))
			.andExpect(content().string(containsString("href=\"#f-answers-floor_is_easy\"")));
		perform(tickingAt("70").param("firstEpisode", "no")).andExpect(view().name("safety/result"));
	}

	@Test
	void anUrgentResultSaysToGetCareTodayWithAnIconAndNoPlanLink() throws Exception {
		perform(ticking(Question.BLADDER_BOWEL_CHANGE)).andExpect(view().name("safety/result"))
			.andExpect(content().string(allOf(containsString("Get urgent medical care today"),
					containsString("data-outcome=\"URGENT\""), containsString("<svg"), containsString("cauda equina"),
					not(containsString("action=\"/plan/form\"")))));
	}

	@Test
	void anUrgentResultCarriesNoMassageTipFromTheOtherAnswers() throws Exception {
		Question[] yes = { Question.BLADDER_BOWEL_CHANGE, Question.PREGNANT, Question.RECENT_STRAIN,
				Question.BLOOD_THINNERS, Question.CANCER_HISTORY };
		SafetyResult result = this.check.check(SafetyFixtures.yes(yes).withPregnancyWeeks(20));
		String page = perform(
				answering(yes).param("answers.pregnancy_complications", "no").param("pregnancyWeeks", "20"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("data-outcome=\"URGENT\"", "cauda equina")
			.doesNotContain("action=\"/plan/form\"", "class=\"changes\"");
		assertThat(result.findings()).filteredOn(f -> f.outcome() != Outcome.URGENT)
			.isNotEmpty()
			.allSatisfy(f -> assertThat(page).doesNotContain(HtmlUtils.htmlEscape(f.reason())));
		assertThat(result.changes().advice()).isNotEmpty()
			.allSatisfy(advice -> assertThat(page).doesNotContain(HtmlUtils.htmlEscape(advice)));
	}

	@Test
	void anUrgentResultOffersACallToTheEmergencyNumberAndAWayToFindUrgentCare() throws Exception {
		perform(ticking(Question.FEVER)).andExpect(content().string(allOf(containsString("href=\"tel:999\""),
				containsString("href=\"tel:111\""), containsString("href=\"https://111.nhs.uk/\""))));
	}

	@Test
	void onlyAnUrgentResultOffersTheEmergencyCall() throws Exception {
		perform(ticking(Question.CANCER_HISTORY)).andExpect(content().string(not(containsString("tel:"))));
	}

	@Test
	void aCautionResultNamesEachChangeOnce() throws Exception {
		String page = perform(ticking(Question.PREGNANT, Question.BLOOD_THINNERS, Question.OSTEOPOROSIS)
			.param("answers.pregnancy_complications", "no")
			.param("pregnancyWeeks", "20")).andReturn().getResponse().getContentAsString();

		List<String> changes = new ArrayList<>();
		Matcher item = Pattern.compile("<ul class=\"changes\">(.*?)</ul>", Pattern.DOTALL).matcher(page);
		assertThat(item.find()).isTrue();
		Matcher line = Pattern.compile("<li>(.*?)</li>").matcher(item.group(1));
		while (line.find()) {
			changes.add(line.group(1));
		}
		assertThat(changes).hasSizeGreaterThan(3).doesNotHaveDuplicates();
		assertThat(changes).filteredOn(c -> c.contains("sacrum")).hasSize(1);
		assertThat(changes).filteredOn(c -> c.contains("pressure only")).hasSize(1);
	}

	@Test
	void anUrgentDvtResultNames999ForBreathlessnessOrChestPain() throws Exception {
		perform(ticking(Question.DVT_SIGNS)).andExpect(content().string(allOf(containsString("data-outcome=\"URGENT\""),
				containsString("call 999 now"), containsString("111 or your GP today"))));
	}

	@Test
	void anUrgentResultNeverOffersTheClearance() throws Exception {
		perform(answering(Question.FEVER, Question.CANCER_HISTORY)).andExpect(content()
			.string(allOf(containsString("data-outcome=\"URGENT\""), not(containsString("clinician_clearance")))));
	}

	@Test
	void aSeeClinicianResultOffersTheHandOffAndAsksAboutClearanceInAPost() throws Exception {
		perform(ticking(Question.CANCER_HISTORY))
			.andExpect(content().string(allOf(containsString("See a clinician before any massage"),
					containsString("href=\"/handoff\""), not(containsString("action=\"/plan/form\"")),
					containsString(text("question.clinician_clearance.text.partner")),
					containsString("<form method=\"post\" action=\"/check\""),
					containsString("name=\"answers.cancer_history\" value=\"yes\""),
					containsString("name=\"answers.clinician_clearance\" value=\"yes\""))));
	}

	@Test
	void aClearedClinicianFindingIsCheckedAgainAsACautionWithLightPressureAndAPlan() throws Exception {
		perform(answering(Question.CANCER_HISTORY).param("answers.clinician_clearance", "yes"))
			.andExpect(view().name("safety/result"))
			.andExpect(content().string(allOf(containsString("data-outcome=\"CAUTION\""),
					containsString("Light pressure only."), containsString("action=\"/plan/form\""),
					containsString("name=\"answers.clinician_clearance\" value=\"yes\""))));
	}

	@Test
	void aCautionResultListsTheChangesAndCarriesTheAnswersToThePlanner() throws Exception {
		perform(tickingAndNamingAllergies("40", Question.BLOOD_THINNERS).param("allergies", "TREE_NUT"))
			.andExpect(content().string(allOf(containsString("Massage is fine with some changes"),
					containsString("Light pressure only."), containsString("No knuckles or fists."),
					containsString("Plan with these changes"), containsString("action=\"/plan/form\""),
					containsString("name=\"answers.blood_thinners\" value=\"yes\""),
					containsString("name=\"mode\" value=\"PARTNER\""), containsString("name=\"age\" value=\"40\""),
					containsString("name=\"allergies\" value=\"TREE_NUT\""))));
	}

	@Test
	void aClearResultGoesStraightToPlanningWithTheModeAndAnswers() throws Exception {
		perform(ticking()).andExpect(content()
			.string(allOf(containsString("No warning signs: massage is fine today"), containsString("Plan the massage"),
					containsString("action=\"/plan/form\""), containsString("name=\"mode\" value=\"PARTNER\""),
					containsString("name=\"answers.fever\" value=\"no\""))));
	}

	@Test
	void theResultSaysHowManyWeeksThePainHasLastedAndWhatThatMakesIt() throws Exception {
		perform(ticking().param("painOnset", SafetyFixtures.TODAY.minusWeeks(1).toString()))
			.andExpect(content().string(containsString("The pain started 1 week ago: recent (acute).")));
		perform(ticking().param("painOnset", SafetyFixtures.TODAY.minusWeeks(20).toString()))
			.andExpect(content().string(containsString("The pain started 20 weeks ago: long-lasting (chronic).")));
	}

	@Test
	void theErrorSummaryNamesEachFieldAsItsLabelDoes() throws Exception {
		perform(tickingAt("130", Question.PREGNANT))
			.andExpect(content().string(allOf(containsString(">Age in years: must be between 0 and 120</a>"),
					containsString(">" + text("question.pregnancy_complications.text.partner") + ": "
							+ text("check.answerYesOrNo") + "</a>"))));
	}

	@Test
	void theFormNamesTheAllergensAndAreasInPlainWords() throws Exception {
		perform(get("/check")).andExpect(content().string(
				allOf(containsString("tree nuts (including almond)"), containsString("top of the hip bone, left"))));
	}

	@Test
	void badInputShowsTheFormAgainWithAMessagePerFieldAndTheValuesKept() throws Exception {
		perform(tickingAndNamingAllergies("130", Question.FEVER).param("painOnset", "2030-01-01")
			.param("otherAllergies", "lanolin"))
			.andExpect(view().name("safety/check"))
			.andExpect(content()
				.string(allOf(containsString("Please check these answers"), containsString("must be between 0 and 120"),
						containsString("must not be in the future"), containsString("value=\"130\""),
						containsString("value=\"2030-01-01\""), containsString("value=\"lanolin\""),
						containsString("id=\"f-age-error\""), containsString("aria-describedby=\"f-age-error\""))))
			.andExpect(content().string(containsString(
					"name=\"answers.fever\" value=\"yes\" aria-describedby=\"f-answers-fever-help\" checked")));
	}

	@Test
	void textWhereANumberBelongsIsAFieldMessageNotAnError() throws Exception {
		perform(tickingAt("forty")).andExpect(view().name("safety/check"))
			.andExpect(content()
				.string(allOf(containsString("must be a whole number"), containsString("value=\"forty\""))));
	}

	@Test
	void aSkinProblemWithoutMarkedAreasAsksWhereItIs() throws Exception {
		perform(ticking(Question.SKIN_PROBLEM)).andExpect(view().name("safety/check"))
			.andExpect(content().string(containsString("mark where the skin problem is")));
	}

	@Test
	void anAddressNeverFillsInAnswers() throws Exception {
		perform(get("/check").param("answers.pregnant", "yes").param("pregnancyWeeks", "20"))
			.andExpect(content().string(allOf(not(containsString(
					"name=\"answers.pregnant\" value=\"yes\" aria-describedby=\"f-answers-pregnant-help\" checked")),
					not(containsString("value=\"20\"")))));
	}

	@Test
	void theResultCarriesTheAnswersOnlyInFormsThatPost() throws Exception {
		perform(ticking(Question.BLOOD_THINNERS)).andExpect(view().name("safety/result"))
			.andExpect(content().string(allOf(containsString("<form method=\"post\" action=\"/plan/form\">"),
					containsString("<form method=\"post\" action=\"/check/change\">"),
					not(containsString("method=\"get\"")))));
	}

	@Test
	void earlierAnswersFillTheFormWhenChangingThemWithNoneOfTheseForAllNoGroups() throws Exception {
		MockHttpServletRequestBuilder change = post("/check/change").param("pregnancyWeeks", "20")
			.param("none.ALLERGIES", "yes");
		for (Question question : Question.values()) {
			if (question.group() != QuestionGroup.FOLLOW_UPS) {
				change.param("answers." + question.id(), question == Question.PREGNANT ? "yes" : "no");
			}
		}
		perform(change).andExpect(content().string(allOf(
				containsString(
						"name=\"answers.pregnant\" value=\"yes\" aria-describedby=\"f-answers-pregnant-help\" checked"),
				containsString("value=\"20\""),
				containsString("name=\"none.EMERGENCY_SIGNS\" value=\"yes\" data-none checked"),
				containsString("name=\"none.ALLERGIES\" value=\"yes\" data-none checked"),
				not(containsString("name=\"none.CONDITIONS\" value=\"yes\" data-none checked")))));
	}

}
