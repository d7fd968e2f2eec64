package org.easeback.content;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.easeback.content.ContentFixtures.diagrams;

class DiagramLoaderTests {

	private static final String DIR = "diagram-fixtures/";

	@Test
	void shouldLoadStrokesAndPositionsAndAllowALightStrokeAcrossTheSpine() {
		Map<String, Diagram> diagrams = diagrams("valid.yaml");

		assertThat(diagrams).containsOnlyKeys("test-stroke", "test-stretch");
		Diagram stroke = diagrams.get("test-stroke");
		assertThat(stroke.tool()).isEqualTo(Diagram.Tool.THUMBS);
		assertThat(stroke.strokes()).extracting(Stroke::pressing).containsExactly(true, false);
		assertThat(stroke.strokes().get(0).path()).containsExactly(new MapPoint(88, 210), new MapPoint(88, 160));
		assertThat(diagrams.get("test-stretch").frames()).hasSize(2);
	}

	@Test
	void shouldRejectADiagramForAnUnknownItem() {
		assertThatThrownBy(() -> diagrams("unknown-id.yaml")).isInstanceOf(ContentException.class)
			.hasMessageContaining(DIR + "unknown-id.yaml: item 'no-such-stroke': unknown item id");
	}

	@Test
	void shouldRequireADiagramForEveryPractiseItem() {
		assertThatThrownBy(() -> diagrams("missing.yaml")).hasMessageContaining(DIR
				+ "missing.yaml: item 'test-stretch': needs a diagram (every technique, self-massage and stretch has one)");
	}

	@Test
	void shouldRejectAPressingStrokeAcrossTheSpine() {
		assertThatThrownBy(() -> diagrams("pressing-across-spine.yaml")).hasMessageContaining(DIR
				+ "pressing-across-spine.yaml: item 'test-stroke': stroke 1: a pressing stroke crosses or touches the spine zone");
	}

	@Test
	void shouldRejectPressingStrokesThatTouchComeCloseOrCircleOntoTheSpine() {
		assertThatThrownBy(() -> diagrams("pressing-near-spine.yaml"))
			.isInstanceOfSatisfying(ContentException.class, ex -> assertThat(ex.problems()).containsExactly(
					DIR + "pressing-near-spine.yaml: item 'test-stroke': stroke 1: a pressing stroke crosses or "
							+ "touches the spine zone (keep more than 2 clear, or make it 'pressing: false')",
					DIR + "pressing-near-spine.yaml: item 'test-stroke': stroke 2: a pressing stroke comes within 1 "
							+ "of the spine zone (keep more than 2 clear, or make it 'pressing: false')",
					DIR + "pressing-near-spine.yaml: item 'test-stroke': stroke 3: a pressing stroke crosses or "
							+ "touches the spine zone (keep more than 2 clear, or make it 'pressing: false')"));
	}

	@Test
	void shouldRejectAPointOffTheBody() {
		assertThatThrownBy(() -> diagrams("off-body.yaml")).hasMessageContaining(
				DIR + "off-body.yaml: item 'test-stroke': stroke 1: point [20, 150] is outside the body outline");
	}

	@Test
	void shouldRejectAStrokeOnTheWrongHalfForItsSide() {
		assertThatThrownBy(() -> diagrams("wrong-side.yaml"))
			.hasMessageContaining("item 'test-stroke': stroke 1: a LEFT stroke is drawn on the left half (x below 100)")
			.hasMessageContaining(
					"item 'test-stroke': stroke 2: a BOTH stroke is drawn on the left half (x below 100); "
							+ "the right half is its mirror image");
	}

	@Test
	void shouldDrawTechniquesAsStrokesAndStretchesAsPositions() {
		assertThatThrownBy(() -> diagrams("wrong-shape.yaml"))
			.hasMessageContaining("item 'test-stroke': a TECHNIQUE is drawn with 'strokes' on the body map, not frames")
			.hasMessageContaining(
					"item 'test-stretch': a stretch is drawn with 'frames' (start and end position), " + "not strokes");
	}

	@Test
	void shouldReportEveryUnknownFieldAndValueAtOnce() {
		assertThatThrownBy(() -> diagrams("bad-fields.yaml"))
			.isInstanceOfSatisfying(ContentException.class, ex -> assertThat(ex.problems()).contains(
					DIR + "bad-fields.yaml: item 'test-stroke': unknown field 'colour'",
					DIR + "bad-fields.yaml: item 'test-stroke': unknown tool 'ELBOWS'",
					DIR + "bad-fields.yaml: item 'test-stroke': stroke 1: unknown motion 'ZIGZAG'",
					DIR + "bad-fields.yaml: item 'test-stroke': stroke 1: needs 'pressing: true' or 'pressing: false'",
					DIR + "bad-fields.yaml: item 'test-stroke': stroke 2: unknown side 'UP'",
					DIR + "bad-fields.yaml: item 'test-stroke': stroke 2: 'path' has [80] where a point [x, y] of "
							+ "two numbers belongs"));
	}

	@Test
	void shouldRejectAOnePositionStretchOutsideItsPanelAndADiagramForBackground() {
		assertThatThrownBy(() -> diagrams("bad-posture.yaml"))
			.hasMessageContaining("item 'test-stretch': a posture needs at least two frames, the start and the end")
			.hasMessageContaining("item 'test-stretch': frame 1: the figure must fit the 120 by 80 panel")
			.hasMessageContaining("item 'test-background': only techniques, self-massage and stretches have diagrams, "
					+ "not EDUCATION items");
	}

}
