package org.easeback.content.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.easeback.content.BodyMapGeometry;
import org.easeback.content.ContentItem;
import org.easeback.content.ContentLibrary;
import org.easeback.shared.Region;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@WebMvcTest(controllers = DiagramFragmentTests.DiagramsController.class)
@Import({ ContentWebTestConfiguration.class, DiagramFragmentTests.DiagramsController.class })
class DiagramFragmentTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void shouldDrawAPressingStrokeWithATextAlternativeAndALabelledSpineZone() throws Exception {
		String html = render("small", "knuckle-glide");

		assertThat(html).contains("<figure class=\"diagram diagram-small\" id=\"diagram-knuckle-glide\">")
			.contains("role=\"img\"")
			.contains("aria-labelledby=\"diagram-knuckle-glide-title diagram-knuckle-glide-desc\"")
			.contains(
					"<title id=\"diagram-knuckle-glide-title\">Knuckle glide to the hips: diagram of the strokes</title>")
			.contains("<desc id=\"diagram-knuckle-glide-desc\">Back view")
			.contains("class=\"dg-stroke is-pressing\"")
			.contains("SPINE\n\t\t\t· NO PRESSURE")
			.contains(
					"<li>Loose fists glide from the mid back down to the hips, the spine free in the gap between them: "
							+ "downward, on both sides at once, pressing.</li>");
		assertThat(count(html, "class=\"dg-head\"")).as("one arrowhead per side").isEqualTo(2);
	}

	@Test
	void shouldDrawTheSpineZoneFromTheSameGeometryAsTheBodyMapAndTheChecks() throws Exception {
		String html = render("small", "knuckle-glide");
		String spine = "d=\"" + BodyMapGeometry.standard().path(Region.SPINE) + "\"";

		assertThat(count(html, spine)).as("diagram and body map").isEqualTo(2);
		assertThat(html).contains("d=\"" + BodyMapGeometry.standard().outlinePath() + "\"");
	}

	@Test
	void shouldDrawLightStrokesDifferentlyFromPressingOnes() throws Exception {
		String html = render("large", "effleurage-glide");

		assertThat(html).contains("class=\"diagram diagram-large\"")
			.contains("class=\"dg-stroke is-light\"")
			.doesNotContain("class=\"dg-stroke is-pressing\"")
			.contains("Dashed line, open arrowhead: light, no pressing");
	}

	@Test
	void shouldDrawAStretchAsNumberedPositions() throws Exception {
		String html = render("large", "knee-to-chest");

		assertThat(html).contains("class=\"diagram-posture\"")
			.contains("<title id=\"diagram-knee-to-chest-title\">Knee to chest: positions</title>")
			.contains("<li>Start: lie on your back")
			.contains("<li>End: hug one knee");
		assertThat(count(html, "class=\"dg-panel\"")).isEqualTo(2);
	}

	@Test
	void aLargeDiagramMovesTheHandsAlongEachStrokeInItsOrder() throws Exception {
		String html = render("large", "effleurage-glide");

		assertThat(count(html, "<animateMotion")).as("one per drawn stroke").isEqualTo(4);
		assertThat(html).contains("id=\"diagram-effleurage-glide-line-1-0\"")
			.contains("<mpath href=\"#diagram-effleurage-glide-line-1-0\">")
			.contains("<mpath href=\"#diagram-effleurage-glide-line-2-1\">")
			.contains("class=\"dg-mover\" r=\"7\" opacity=\"0\" data-stroke=\"1\"");
	}

	@Test
	void aSmallDiagramAndAPrintedOneStayStill() throws Exception {
		assertThat(render("small", "effleurage-glide")).doesNotContain("animate").doesNotContain("dg-mover");
		String printed = this.mvc
			.perform(get("/test/diagrams").param("size", "large")
				.param("ids", "effleurage-glide")
				.param("figuresCss", ".dg-body { }"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(printed).contains("diagram-large").doesNotContain("animate").doesNotContain("dg-mover");
	}

	@Test
	void shouldRenderNothingForAnUnknownIdOrAnItemWithoutADiagram() throws Exception {
		String html = render("small", "no-such-item", "pain-causes");

		assertThat(html).doesNotContain("class=\"diagram");
	}

	@Test
	void shouldGiveEveryPractiseItemADiagramWithItsOwnIdsAndATextAlternative() throws Exception {
		List<String> ids = ContentLibrary.standard()
			.all()
			.stream()
			.filter(item -> item.kind().practice())
			.map(ContentItem::id)
			.toList();

		String html = render("small", ids.toArray(String[]::new));

		assertThat(count(html, "<figure class=\"diagram ")).isEqualTo(ids.size());
		assertThat(ids).allSatisfy(id -> assertThat(html).contains("<title id=\"diagram-" + id + "-title\">")
			.contains("<desc id=\"diagram-" + id + "-desc\">"));
		List<String> all = allIds(html);
		assertThat(new HashSet<>(all)).as("no id is used twice").hasSameSizeAs(all);
	}

	private String render(String size, String... ids) throws Exception {
		return this.mvc.perform(get("/test/diagrams").param("size", size).param("ids", ids))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static int count(String html, String part) {
		int count = 0;
		for (int at = html.indexOf(part); at >= 0; at = html.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

	private static List<String> allIds(String html) {
		List<String> ids = new ArrayList<>();
		Matcher matcher = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
		while (matcher.find()) {
			ids.add(matcher.group(1));
		}
		return ids;
	}

	@Controller
	static class DiagramsController {

		@GetMapping("/test/diagrams")
		String diagrams(@RequestParam List<String> ids, @RequestParam String size,
				@RequestParam(required = false) String figuresCss, Model model) {
			model.addAttribute("ids", ids);
			model.addAttribute("size", size);
			// as the hand-off PDF renders its figures
			model.addAttribute("figuresCss", figuresCss);
			return "content-test/diagrams";
		}

	}

}
