package org.easeback.content.web;

import java.util.List;

import org.easeback.shared.Region;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(controllers = BodyMapFragmentTests.PickerController.class)
@Import({ ContentWebTestConfiguration.class, BodyMapFragmentTests.PickerController.class })
class BodyMapFragmentTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void shouldOfferOneCheckboxPerRegionAndTickTheSelectedOnes() throws Exception {
		this.mvc.perform(get("/test/picker"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<legend>Areas of the back</legend>"),
					containsString("name=\"avoid\" value=\"SACRUM\" checked"),
					containsString("name=\"avoid\" value=\"SPINE\">"), containsString("<span>Buttock, right</span>"),
					containsString("data-region=\"SACRUM\" class=\"region is-highlighted\""),
					not(containsString("data-region=\"SPINE\" class=\"region is-highlighted\"")))));
	}

	@Test
	void shouldDrawAPlainMapWhenNothingIsHighlighted() throws Exception {
		this.mvc.perform(get("/test/plain-map"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("Back view; left and right are the person&#39;s own sides."),
							not(containsString("class=\"region is-highlighted\"")))));
	}

	@Test
	void theSpinesTitleSaysItIsNeverPressed() throws Exception {
		this.mvc.perform(get("/test/plain-map"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<title>Spine (never pressed)</title>"),
					containsString("<title>Sacrum</title>"))));
	}

	@Controller
	static class PickerController {

		@GetMapping("/test/picker")
		String picker(Model model) {
			model.addAttribute("selected", List.of(Region.SACRUM));
			return "content-test/picker";
		}

		@GetMapping("/test/plain-map")
		String plain(Model model) {
			model.addAttribute("selected", null);
			return "content-test/picker";
		}

	}

}
