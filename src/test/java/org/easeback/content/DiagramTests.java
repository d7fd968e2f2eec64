package org.easeback.content;

import java.util.List;

import org.easeback.shared.Region;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.easeback.content.ContentFixtures.standard;

class DiagramTests {

	private static final BodyMapGeometry MAP = BodyMapGeometry.standard();

	@Test
	void shouldGiveEveryTechniqueSelfMassageAndStretchADiagram() {
		List<ContentItem> practice = standard().all().stream().filter(item -> item.kind().practice()).toList();

		assertThat(practice).hasSizeGreaterThanOrEqualTo(25);
		assertThat(practice).allSatisfy(item -> assertThat(standard().diagram(item.id())).as(item.id()).isPresent());
	}

	@Test
	void shouldDrawStrokesForTechniquesAndSelfMassageAndPositionsForStretches() {
		assertThat(standard().all()).filteredOn(item -> item.kind().practice()).allSatisfy(item -> {
			Diagram diagram = standard().diagram(item.id()).orElseThrow();
			assertThat(diagram.posture()).as(item.id()).isEqualTo(item.kind() == Kind.STRETCH);
			if (diagram.posture()) {
				assertThat(diagram.frames()).as(item.id()).hasSizeGreaterThanOrEqualTo(2);
			}
		});
	}

	@Test
	void shouldHaveNoDiagramForItemsThatAreNotPractised() {
		assertThat(standard().all()).filteredOn(item -> !item.kind().practice())
			.allSatisfy(item -> assertThat(standard().diagram(item.id())).as(item.id()).isEmpty());
		assertThat(standard().diagram("no-such-item")).isEmpty();
		assertThat(standard().diagram(null)).isEmpty();
	}

	@Test
	void shouldNeverDrawAPressingPathOnOrBesideTheSpineZone() {
		List<Stroke> pressing = allStrokes().stream().filter(Stroke::pressing).toList();

		assertThat(pressing).isNotEmpty();
		assertThat(pressing).allSatisfy(stroke -> {
			for (List<MapPoint> path : stroke.drawnPaths()) {
				assertThat(MAP.distanceFromSpine(path) - stroke.motion().reach()).as(stroke.label())
					.isGreaterThan(BodyMapGeometry.SPINE_MARGIN);
				assertThat(path).as(stroke.label()).noneMatch(MAP.shape(Region.SPINE)::contains);
			}
		});
	}

	@Test
	void shouldKeepEveryPointOnTheBody() {
		assertThat(allStrokes())
			.allSatisfy(stroke -> assertThat(stroke.drawnPaths().stream().flatMap(List::stream)).as(stroke.label())
				.allMatch(MAP::onBody));
	}

	@Test
	void shouldMirrorAStrokeOnBothSidesAcrossTheSpine() {
		Stroke knuckles = standard().diagram("knuckle-glide").orElseThrow().strokes().get(0);

		assertThat(knuckles.side()).isEqualTo(Stroke.Side.BOTH);
		assertThat(knuckles.drawnPaths()).hasSize(2);
		assertThat(knuckles.drawnPaths().get(1).get(0)).isEqualTo(new MapPoint(114, 118));
		assertThat(knuckles.traces()).hasSize(2);
	}

	@Test
	void shouldDescribeEachStrokeInWordsFromTheSameData() {
		Diagram thumbs = standard().diagram("thumb-slide-beside-spine").orElseThrow();

		assertThat(thumbs.sentences()).containsExactly(
				"The thumb pad slides along the ridge of muscle from the hip to the lowest ribs: upward, "
						+ "on the left side, pressing.",
				"Then the other side, or both thumbs together: upward, on the right side, pressing.");
		assertThat(thumbs.description()).startsWith("Back view")
			.contains("Worked with the thumb pads")
			.contains("spine, never pressed")
			.contains("1. The thumb pad slides")
			.contains("2. Then the other side");
	}

	@Test
	void shouldNameTheDirectionOfEachKindOfMotion() {
		assertThat(sentence("knuckle-glide", 0)).contains(": downward, on both sides at once, pressing.");
		assertThat(sentence("fingertip-pull-to-hips", 0)).contains(": downward and outward, on the left side");
		assertThat(sentence("tennis-ball-roll", 0)).contains(": up and down, on both sides at once");
		assertThat(sentence("closing-rock", 0)).contains(": side to side").contains("light contact, no pressing");
		assertThat(sentence("glute-palm-circles", 0)).contains(": in slow circles on one spot, on the left side");
		assertThat(sentence("trigger-point-circles", 0)).contains(": press and hold each spot, then move downward");
	}

	@Test
	void shouldDrawPressingStrokesWithArrowheadsAndLightToAndFroStrokesWithTwo() {
		StrokeTrace glide = standard().diagram("knuckle-glide").orElseThrow().strokes().get(0).traces().get(0);
		StrokeTrace rock = standard().diagram("closing-rock").orElseThrow().strokes().get(0).traces().get(0);

		assertThat(glide.line()).isEqualTo("M86 118 L86 208");
		assertThat(glide.heads()).containsExactly("M81.5 201 L86 208 L90.5 201");
		assertThat(glide.start()).isEqualTo(new MapPoint(86, 118));
		assertThat(rock.heads()).hasSize(2);
		assertThat(rock.start()).isEqualTo(new MapPoint(60, 200));
	}

	private static String sentence(String id, int stroke) {
		return standard().diagram(id).orElseThrow().strokes().get(stroke).sentence();
	}

	private static List<Stroke> allStrokes() {
		return standard().all()
			.stream()
			.flatMap(item -> standard().diagram(item.id()).stream())
			.flatMap(diagram -> diagram.strokes().stream())
			.toList();
	}

}
