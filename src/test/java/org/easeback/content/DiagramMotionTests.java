package org.easeback.content;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.easeback.content.ContentFixtures.standard;

class DiagramMotionTests {

	@Test
	void theHandsTravelTheStrokesOneAfterTheOtherInTheirNumberedOrder() {
		List<DiagramMotion.Mover> movers = motion("effleurage-glide").movers();

		assertThat(movers).extracting(DiagramMotion.Mover::stroke).containsExactly(1, 1, 2, 2);
		assertThat(movers.get(0).from()).isZero();
		assertThat(movers.get(2).from()).isGreaterThan(movers.get(0).until());
		assertThat(movers.get(3).until()).isLessThan(1);
	}

	@Test
	void bothSidesOfAStrokeMoveAtTheSameTime() {
		List<DiagramMotion.Mover> movers = motion("knuckle-glide").movers();

		assertThat(movers.get(0).keyTimes()).isEqualTo(movers.get(1).keyTimes());
		assertThat(movers.get(0).keyPoints()).isEqualTo(movers.get(1).keyPoints());
	}

	@Test
	void aGlideGoesOnceFromItsFirstPointToItsLast() {
		DiagramMotion.Mover glide = motion("knuckle-glide").movers().get(0);

		assertThat(glide.keyPoints()).containsExactly(0.0, 1.0, 1.0);
		assertThat(glide.keyTimes().get(1)).isEqualTo(glide.until());
	}

	@Test
	void aToAndFroStrokeStartsHalfwayAndGoesBothWays() {
		DiagramMotion.Mover rock = motion("closing-rock").movers().get(0);

		assertThat(rock.keyPoints()).containsExactly(0.5, 1.0, 0.0, 0.5, 0.5);
	}

	@Test
	void aHoldRestsOnEverySpotBeforeMovingOn() {
		DiagramMotion.Mover hold = motion("trigger-point-circles").movers().get(0);

		List<Double> points = hold.keyPoints();
		assertThat(points.get(0)).isZero();
		assertThat(points.get(1)).isZero();
		assertThat(points).containsSubsequence(0.0, 0.0, points.get(2), points.get(2), 1.0, 1.0);
		assertThat(points.get(2)).isStrictlyBetween(0.0, 1.0);
	}

	@Test
	void everyMovingDiagramLoopsAsAnSvgAnimationCanPlayIt() {
		standard().all().stream().flatMap(item -> standard().diagram(item.id()).stream()).forEach(diagram -> {
			DiagramMotion motion = diagram.motion();
			assertThat(motion.movers()).as(diagram.itemId()).hasSize(traces(diagram));
			for (DiagramMotion.Mover mover : motion.movers()) {
				assertThat(mover.keyTimes()).as(diagram.itemId()).hasSameSizeAs(mover.keyPoints()).isSorted();
				assertThat(mover.keyTimes().get(0)).isZero();
				assertThat(mover.keyTimes().get(mover.keyTimes().size() - 1)).isEqualTo(1.0);
				assertThat(mover.keyPoints()).allSatisfy(p -> assertThat(p).isBetween(0.0, 1.0));
				assertThat(mover.from()).isLessThan(mover.until());
			}
			if (!motion.movers().isEmpty()) {
				assertThat(motion.seconds()).as(diagram.itemId()).isBetween(2.0, 60.0);
			}
		});
	}

	@Test
	void theAttributesReadAsSvgWantsThem() {
		DiagramMotion.Mover glide = motion("knuckle-glide").movers().get(0);

		assertThat(glide.keyPointsText()).isEqualTo("0;1;1");
		assertThat(glide.keyTimesText()).startsWith("0;").endsWith(";1").doesNotContain(",");
		assertThat(glide.shownValues()).isEqualTo("1;0");
		assertThat(motion("effleurage-glide").movers().get(2).shownValues()).isEqualTo("0;1;0");
	}

	@Test
	void aStretchHasNoMovingHands() {
		assertThat(motion("cat-cow").movers()).isEmpty();
	}

	private static DiagramMotion motion(String id) {
		return standard().diagram(id).orElseThrow().motion();
	}

	private static int traces(Diagram diagram) {
		return diagram.strokes().stream().mapToInt(s -> s.traces().size()).sum();
	}

}
