package org.easeback.content.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(controllers = LibraryPageController.class)
@Import(ContentWebTestConfiguration.class)
class LibraryPageTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void theLibraryListsEveryItemWithFiltersThatWorkWithoutJavaScript() throws Exception {
		this.mvc.perform(get("/library").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<form"), containsString("method=\"get\""),
					containsString("<label for=\"kind\">"), containsString("<label for=\"who\">"),
					containsString("<label for=\"region\">"), containsString("<label for=\"equipment\">"),
					containsString("<label for=\"q\">"), containsString("href=\"/library/knee-to-chest\""),
					containsString("<option value=\"WALL\">Wall</option>"),
					containsString("<option value=\"SELF\">Yourself</option>"))));
	}

	@Test
	void theLibraryIsGroupedByKindWithTechniquesFirstAndBodyAreasLast() throws Exception {
		String page = this.mvc.perform(get("/library").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		List<Integer> headings = Stream
			.of("TECHNIQUE", "SELF_MASSAGE", "STRETCH", "MODALITY", "SETUP", "AFTERCARE", "EDUCATION", "REGION")
			.map(kind -> page.indexOf("<h2 id=\"group-" + kind + "\""))
			.toList();
		assertThat(headings).doesNotContain(-1).isSorted();
		assertThat(page).contains(">Stretches and exercises<", "href=\"#group-REGION\"");
	}

	@Test
	void eachCardWithADiagramShowsItSmallAndOnlyWhenScrolledTo() throws Exception {
		String page = this.mvc.perform(get("/library").param("kind", "TECHNIQUE"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher image = Pattern.compile("<img [^>]*src=\"/library/effleurage-glide/diagram.svg\"[^>]*>").matcher(page);

		assertThat(image.find()).isTrue();
		assertThat(image.group()).contains("loading=\"lazy\"", "width=", "height=", "alt=\"\"");
	}

	@Test
	void aDiagramImageIsTheSameDrawingAsAStandaloneSvgWithItsStyles() throws Exception {
		MvcResult result = this.mvc.perform(get("/library/effleurage-glide/diagram.svg"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
			.andExpect(header().string("Cache-Control", containsString("max-age")))
			.andReturn();
		String svg = result.getResponse().getContentAsString();

		assertThat(svg).startsWith("<svg").contains("xmlns=\"http://www.w3.org/2000/svg\"", "<style>", "dg-stroke");
		DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
		xml.setNamespaceAware(true);
		assertThat(xml.newDocumentBuilder()
			.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
			.getDocumentElement()
			.getLocalName()).isEqualTo("svg");
	}

	@Test
	void anItemWithoutADrawingHasNoDiagramImage() throws Exception {
		this.mvc.perform(get("/library/no-such-item/diagram.svg")).andExpect(status().isNotFound());
		this.mvc.perform(get("/library").param("kind", "EDUCATION"))
			.andExpect(content().string(not(containsString("diagram.svg"))));
	}

	@Test
	void theRarerFiltersFoldAwayUnlessOneOfThemIsSet() throws Exception {
		this.mvc.perform(get("/library"))
			.andExpect(content().string(allOf(containsString("<details class=\"more-filters\">"),
					not(containsString("more-filters\" open")))));
		this.mvc.perform(get("/library").param("equipment", "WALL"))
			.andExpect(content().string(containsString("<details class=\"more-filters\" open=\"open\">")));
	}

	@Test
	void aFilterItDoesNotKnowIsNamedAndTheOthersStillApply() throws Exception {
		this.mvc
			.perform(get("/library").param("region", "NOWHERE")
				.param("kind", "SELF_MASSAGE")
				.param("equipment", "WALL")
				.param("who", "<b>x</b>")
				.accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("There is no area of the back called"),
					containsString("NOWHERE"), containsString("There is no choice of who does it called"),
					containsString("<option value=\"SELF_MASSAGE\" selected=\"selected\">Self-massage</option>"),
					containsString("&lt;b&gt;x&lt;/b&gt;"), not(containsString("<b>x</b>")),
					containsString("/library/wall-ball-roll"), not(containsString("/library/tennis-ball-roll")))));
	}

	@Test
	void itFiltersByKindEquipmentAndText() throws Exception {
		this.mvc.perform(get("/library").param("kind", "SELF_MASSAGE").param("equipment", "WALL").param("q", "ball"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("1 item"), containsString("/library/wall-ball-roll"),
					not(containsString("/library/tennis-ball-roll")))));
	}

	@Test
	void eachSearchShowsOnlyItsOwnItems() throws Exception {
		for (int round = 0; round < 2; round++) {
			this.mvc.perform(get("/library"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString(">87 items<"),
						containsString("/library/tennis-ball-roll"), containsString("/library/wall-ball-roll"))));
			this.mvc
				.perform(get("/library").param("kind", "SELF_MASSAGE").param("equipment", "WALL").param("q", "ball"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString(">1 item<"), containsString("/library/wall-ball-roll"),
						not(containsString("/library/tennis-ball-roll")))));
			this.mvc.perform(get("/library").param("q", "no such words anywhere"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString(">0 items<"), containsString("Nothing matches"),
						not(containsString("/library/wall-ball-roll")))));
		}
	}

	@Test
	void theCardsLinkUnderTheContextPath() throws Exception {
		this.mvc.perform(get("/easeback/library").contextPath("/easeback"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/easeback/library/knee-to-chest\"")));
		this.mvc.perform(get("/library"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/library/knee-to-chest\""),
					not(containsString("/easeback/library/knee-to-chest")))));
	}

	@Test
	void theFilteredAreaIsHighlightedOnTheBodyMap() throws Exception {
		this.mvc.perform(get("/library").param("region", "SACRUM"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/library/sacrum-flat-palm"),
					containsString("class=\"region is-highlighted\""), containsString("<li>Sacrum</li>"))));
	}

	@Test
	void anItemShowsStepsTimingCautionsDisagreementAreasAndSources() throws Exception {
		this.mvc.perform(get("/library/thumb-slide-beside-spine"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Thumb slides beside the spine</h1>"),
					containsString("<ol>"), containsString("Timing, pressure and equipment"), containsString("45–90"),
					containsString("Cautions"), containsString("Where the articles disagree"),
					containsString("Article 002"), containsString("001_6cbba744d3dc619a.txt"),
					containsString("Lower back massage: instructions, self-massage and benefits"))));
	}

	@Test
	void anItemsAreasAreHighlightedOnTheMapAndNamedInText() throws Exception {
		this.mvc.perform(get("/library/knee-to-chest"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"region-SPINE\" data-region=\"SPINE\""),
					containsString("id=\"region-LUMBAR_LEFT\" data-region=\"LUMBAR_LEFT\""),
					containsString("id=\"region-GLUTE_RIGHT\" data-region=\"GLUTE_RIGHT\""),
					containsString("<title>Sacrum</title>"), containsString("url(#body-map-hatch)"),
					containsString("Highlighted (hatched, dashed outline)"),
					containsString("<li>Lower back, left side</li>"), containsString("Hold</dt>"),
					containsString("20–30"), containsString("each side"))));
	}

	@Test
	void aTechniqueIsDrawnAsStrokesBesideTheSpineInsteadOfThePlainMap() throws Exception {
		this.mvc.perform(get("/library/knuckle-glide"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h2 id=\"diagram-heading\">How the hands move</h2>"),
					containsString("class=\"dg-no-pressure\" data-region=\"SPINE\""),
					containsString("class=\"dg-region is-worked\" data-region=\"LUMBAR_LEFT\""),
					not(containsString("data-region=\"SPINE\" class=\"region is-highlighted\"")),
					not(containsString("id=\"region-SPINE\"")),
					containsString("<li>Loose fists glide from the mid back down to the hips"))));
	}

	@Test
	void aStretchIsShownAsPositionsNextToTheBodyMapOfItsAreas() throws Exception {
		this.mvc.perform(get("/library/cat-cow"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h2 id=\"diagram-heading\">Positions</h2>"),
					containsString("class=\"diagram-posture\""), containsString("<h2 id=\"areas-heading\">Areas</h2>"),
					containsString("id=\"region-SPINE\" data-region=\"SPINE\" class=\"region\""),
					containsString("one round is one"))));
	}

	@Test
	void selfMassageNamesTheToolNotTheHands() throws Exception {
		this.mvc.perform(get("/library/foam-roller-roll"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("How it moves"), containsString("class=\"dg-roller\""),
					containsString("Worked with a foam roller"))));
	}

	@Test
	void backgroundHasNoDiagram() throws Exception {
		this.mvc.perform(get("/library/pain-causes"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("class=\"diagram"))));
	}

	@Test
	void aModalityIsMarkedForProfessionalsOnly() throws Exception {
		this.mvc.perform(get("/library/deep-tissue-massage"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("For a trained")));
	}

	@Test
	void anUnknownItemGetsTheFriendlyNotFoundPage() throws Exception {
		this.mvc.perform(get("/library/no-such-stroke").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("We could not find that page")));
	}

}
