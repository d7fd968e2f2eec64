package org.easeback.safety.web;

import java.time.Clock;

import org.easeback.safety.Question;
import org.easeback.safety.QuestionGroup;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/** An urgent result calls the numbers of the country the deployment serves. */
@WebMvcTest(controllers = SafetyCheckPageController.class,
		properties = { "easeback.emergency.number=112", "easeback.emergency.urgent-care-number=116117",
				"easeback.emergency.urgent-care-url=https://example.org/urgent" })
@Import({ SafetyConfiguration.class, EmergencyNumberTests.FixedClock.class, Storage.class })
class EmergencyNumberTests {

	@Autowired
	MockMvc mvc;

	@TestConfiguration
	static class FixedClock {

		@Bean
		Clock clock() {
			return SafetyFixtures.fixedClock();
		}

	}

	@Test
	void anUrgentResultCallsTheNumbersTheDeploymentSets() throws Exception {
		MockHttpServletRequestBuilder fever = post("/check").param("age", "40")
			.param("none.ALLERGIES", "yes")
			.param("answers." + Question.FEVER.id(), "yes");
		for (QuestionGroup group : QuestionGroup.values()) {
			if (group != QuestionGroup.FOLLOW_UPS && group != Question.FEVER.group()) {
				fever.param("none." + group.name(), "yes");
			}
		}
		this.mvc.perform(fever)
			.andExpect(content().string(allOf(containsString("href=\"tel:112\""), containsString("Call 112 now"),
					containsString("href=\"tel:116117\""), containsString("href=\"https://example.org/urgent\""),
					not(containsString("tel:999")))));
	}

}
