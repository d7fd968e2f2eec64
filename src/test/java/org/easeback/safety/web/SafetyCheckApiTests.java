package org.easeback.safety.web;

import java.time.Clock;

import org.easeback.safety.SafetyFixtures;
import org.easeback.safety.config.SafetyConfiguration;
import org.easeback.storage.Storage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(SafetyCheckApiController.class)
@Import({ SafetyConfiguration.class, SafetyCheckApiTests.FixedClock.class, Storage.class })
class SafetyCheckApiTests {

	@Autowired
	MockMvc mvc;

	@TestConfiguration
	static class FixedClock {

		@Bean
		Clock clock() {
			return SafetyFixtures.fixedClock();
		}

	}

	private ResultActions send(String json) throws Exception {
		return this.mvc.perform(post("/api/v1/safety-checks").contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private void expectBadField(String json, String field) throws Exception {
		send(json).andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem(field)));
	}

	@Test
	void aCheckWithNothingFoundAnswersClearWithNoEpisode() throws Exception {
		send("{\"answers\": {\"fever\": false}}").andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.outcome").value("CLEAR"))
			.andExpect(jsonPath("$.findings").isEmpty())
			.andExpect(jsonPath("$.changes.maxPressure").value("FIRM"))
			.andExpect(jsonPath("$.changes.essentialOilsAllowed").value(true))
			.andExpect(jsonPath("$.episode").doesNotExist());
	}

	@Test
	void anUrgentAnswerIsReportedWithItsRuleReasonAndSource() throws Exception {
		send("{\"answers\": {\"saddle_numbness\": true}}").andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("URGENT"))
			.andExpect(jsonPath("$.findings[0].ruleId").value("saddle_numbness"))
			.andExpect(jsonPath("$.findings[0].outcome").value("URGENT"))
			.andExpect(jsonPath("$.findings[0].reason").isNotEmpty())
			.andExpect(jsonPath("$.findings[0].source").value(org.hamcrest.Matchers.containsString("NICE NG59")));
	}

	@Test
	void aCautionListsItsChangesAndTheEpisode() throws Exception {
		send(SafetyFixtures.body("{\"blood_thinners\": true, \"pregnant\": true}",
				"\"pregnancyWeeks\": 20, \"allergies\": [\"FRAGRANCE\", \"almond oil\"], \"painOnset\": \"2025-06-02\""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("CAUTION"))
			.andExpect(jsonPath("$.changes.maxPressure").value("LIGHT"))
			.andExpect(jsonPath("$.changes.position").value("SIDE_LYING"))
			.andExpect(jsonPath("$.changes.excludedRegions", hasItem("SACRUM")))
			.andExpect(jsonPath("$.changes.forbiddenTechniqueTags", hasItem("TRIGGER_POINT")))
			.andExpect(jsonPath("$.changes.forbiddenTechniqueTags", hasItem("FACE_DOWN")))
			.andExpect(jsonPath("$.changes.forbiddenAllergens", hasItem("TREE_NUT")))
			.andExpect(jsonPath("$.changes.essentialOilsAllowed").value(false))
			.andExpect(jsonPath("$.changes.otherAllergies", hasItem("almond oil")))
			.andExpect(jsonPath("$.episode.classification").value("ACUTE"))
			.andExpect(jsonPath("$.episode.weeks").value(2));
	}

	@Test
	void theQuestionsAreListedWithIdTextHelpAndGroup() throws Exception {
		this.mvc.perform(get("/api/v1/safety-checks/questions"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(28))
			.andExpect(jsonPath("$[0].id").value("saddle_numbness"))
			.andExpect(jsonPath("$[0].text")
				.value("Do you have numbness or tingling around your genitals, buttocks or inner thighs?"))
			.andExpect(jsonPath("$[0].help").isNotEmpty())
			.andExpect(jsonPath("$[0].group").value("EMERGENCY_SIGNS"))
			.andExpect(jsonPath("$[0].groupTitle").value("Emergency signs"))
			.andExpect(jsonPath("$[*].id", hasItem("heart_condition")));
	}

	@Test
	void anUnknownQuestionIdIsABadRequestNamingIt() throws Exception {
		expectBadField("{\"answers\": {\"headache\": true}}", "answers.headache");
	}

	@Test
	void aWrongTypeForAnAnswerIsABadRequestNamingTheAnswer() throws Exception {
		expectBadField("{\"answers\": {\"fever\": \"yes\"}}", "answers.fever");
	}

	@Test
	void aNumberForAnAnswerIsABadRequestNamingTheAnswer() throws Exception {
		expectBadField("{\"answers\": {\"fever\": 1}}", "answers.fever");
	}

	@Test
	void aNullAnswerIsABadRequestNamingTheAnswer() throws Exception {
		expectBadField("{\"answers\": {\"fever\": null}}", "answers.fever");
	}

	@Test
	void aWrongTypeForTheAgeIsABadRequestNamingAge() throws Exception {
		expectBadField(SafetyFixtures.body("{}", "\"age\": \"old\""), "age");
	}

	@Test
	void anAgeAbove120IsABadRequestNamingAge() throws Exception {
		expectBadField(SafetyFixtures.body("{}", "\"age\": 121"), "age");
	}

	@Test
	void aNegativeAgeIsABadRequestNamingAge() throws Exception {
		expectBadField(SafetyFixtures.body("{}", "\"age\": -1"), "age");
	}

	@Test
	void anOnsetInTheFutureIsABadRequestNamingPainOnset() throws Exception {
		expectBadField(SafetyFixtures.body("{}", "\"painOnset\": \"2025-06-17\""), "painOnset");
	}

	@Test
	void anOnsetThatIsNotADateIsABadRequestNamingPainOnset() throws Exception {
		expectBadField(SafetyFixtures.body("{}", "\"painOnset\": \"last week\""), "painOnset");
	}

	@Test
	void missingAnswersAreABadRequestNamingAnswers() throws Exception {
		expectBadField("{\"age\": 40}", "answers");
	}

	@Test
	void answersThatAreNotAnObjectAreABadRequestNamingAnswers() throws Exception {
		expectBadField("{\"answers\": [\"fever\"]}", "answers");
	}

	@Test
	void pregnancyWeeksAbove45AreABadRequestNamingThem() throws Exception {
		expectBadField(SafetyFixtures.body("{\"pregnant\": true}", "\"pregnancyWeeks\": 46"), "pregnancyWeeks");
	}

	@Test
	void anUnknownSkinAreaIsABadRequestNamingIt() throws Exception {
		expectBadField(SafetyFixtures.body("{\"skin_problem\": true}", "\"skinAreas\": [\"SACRUM\", \"ELBOW\"]"),
				"skinAreas[1]");
	}

	@Test
	void aSkinProblemWithoutMarkedAreasIsABadRequestNamingSkinAreas() throws Exception {
		expectBadField("{\"answers\": {\"skin_problem\": true}}", "skinAreas");
	}

	@Test
	void brokenJsonIsABadRequestNamingTheBody() throws Exception {
		expectBadField("{\"answers\": ", "body");
	}

	@Test
	void everyBadFieldIsNamedAtOnce() throws Exception {
		send(SafetyFixtures.body("{\"nope\": true}", "\"age\": 200, \"painOnset\": \"2030-01-01\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("answers.nope")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("age")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("painOnset")));
	}

	@Test
	void aStringForAnAnswerIsABadRequestEvenWhenItReadsTrue() throws Exception {
		expectBadField("{\"answers\": {\"fever\": \"true\"}}", "answers.fever");
	}

	@Test
	void aFractionalAgeIsABadRequestNamingAge() throws Exception {
		expectBadField(SafetyFixtures.body("{}", "\"age\": 40.5"), "age");
	}

	@Test
	void aMisspeltFieldIsABadRequestNamingItRatherThanBeingIgnored() throws Exception {
		expectBadField(SafetyFixtures.body("{}", "\"allergy\": [\"TREE_NUT\"]"), "allergy");
	}

	@Test
	void theWrongTypeMessageSaysWhatTheFieldMustBe() throws Exception {
		send("{\"answers\": {\"fever\": \"yes\"}}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("answers.fever"))
			.andExpect(jsonPath("$.errors[0].message").value("must be true or false"));
	}

}
