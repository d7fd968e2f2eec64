package org.easeback.content.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(controllers = LibraryApiController.class)
@Import(ContentWebTestConfiguration.class)
class LibraryApiControllerTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void shouldListFilteredItems() throws Exception {
		this.mvc.perform(get("/api/v1/library").param("kind", "STRETCH"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.count", is(9)))
			.andExpect(jsonPath("$.items[*].kind", everyItem(is("STRETCH"))))
			.andExpect(jsonPath("$.items[*].id", hasItem("cat-cow")));
	}

	@Test
	void shouldFilterByWhoRegionEquipmentAndText() throws Exception {
		this.mvc
			.perform(get("/api/v1/library").param("who", "SELF")
				.param("region", "LUMBAR_LEFT")
				.param("equipment", "TENNIS_BALLS")
				.param("q", "wall"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.count", is(1)))
			.andExpect(jsonPath("$.items[0].id", is("wall-ball-roll")));
	}

	@Test
	void shouldServeOneItemWithTheFieldsOfTheModel() throws Exception {
		this.mvc.perform(get("/api/v1/library/knee-to-chest"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id", is("knee-to-chest")))
			.andExpect(jsonPath("$.kind", is("STRETCH")))
			.andExpect(jsonPath("$.who", is("SELF")))
			.andExpect(jsonPath("$.pressure", is("LIGHT")))
			.andExpect(jsonPath("$.timing.holdSeconds.min", is(20)))
			.andExpect(jsonPath("$.timing.holdSeconds.max", is(30)))
			.andExpect(jsonPath("$.timing.eachSide", is(true)))
			.andExpect(jsonPath("$.regions", hasItem("LUMBAR_LEFT")))
			.andExpect(jsonPath("$.steps[0]").isString())
			.andExpect(jsonPath("$.sources[0].file").isString())
			.andExpect(jsonPath("$.sources[0].title").isString());
	}

	@Test
	void shouldListAllergensOfAnOil() throws Exception {
		this.mvc.perform(get("/api/v1/library/oil-almond"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.oil", is(true)))
			.andExpect(jsonPath("$.allergens[0]", is("TREE_NUT")));
	}

	@Test
	void shouldNeverReturnATechniqueOnTheSpine() throws Exception {
		this.mvc.perform(get("/api/v1/library").param("region", "SPINE"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].kind", everyItem(not(is("TECHNIQUE")))));
	}

	@Test
	void shouldAnswerAnUnknownFilterValueWithAProblemNamingTheParameter() throws Exception {
		this.mvc.perform(get("/api/v1/library").param("region", "NECK"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field", is("region")));
	}

	@Test
	void shouldAnswerAnUnknownIdWithANotFoundProblem() throws Exception {
		this.mvc.perform(get("/api/v1/library/no-such-stroke"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status", is(404)))
			.andExpect(jsonPath("$.detail", is("There is no library item 'no-such-stroke'.")));
	}

}
